/** Endings only men's names take: Vishwanath, Narendra, Manmohan, Shashikant, Krishnamurthy, Ramaswamy. */
const MALE_ENDINGS = /(?:nath|endra|mohan|kant|kanth|murthy|murthi|murty|moorthy|swamy|swami)$/;

export function isMaleGivenName(text: string): boolean {
  return MALE_GIVEN_NAMES.has(text) || (text.length > 5 && MALE_ENDINGS.test(text));
}

/**
 * Given names borne only by men, as written in Latin letters. Names that women also bear
 * (Kiran, Santosh, Suman, Shashi, Jyoti, Kamal, Kamlesh) and Sikh names (Sandeep Kaur, Rajinder Kaur) are
 * left out on purpose. Looked up by written form: folding merges Vasanth with Vasantha.
 */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  abhay abhishek aditya ajay ajit akhil akshay alok amar amit amitabh anand anil ankit anup arjun arun arvind ashish ashok
  avinash bharat bhupesh brijesh chandan chetan deepak devendra dharmendra dhiraj dilip dinesh ganesh gaurav girish gopal
  govind hanuman harish hemant hitesh jagdish jatin jitendra kailash kapil karan kishore krishnakant kunal lalit
  lokesh madan mahendra mahesh manish manoj mohan mohit mukesh murali nagesh narendra naresh naveen nikhil nilesh nitin
  pankaj pawan pradeep prakash pramod prashant praveen rahul rajendra rajesh rajiv rakesh ramesh ravi ritesh rohan rohit
  rupesh sachin sanjay sanjeev satish saurabh shailendra shailesh shyam subhash sudhir sumit sunil suraj surendra suresh
  sushil tarun umesh upendra varun venkatesh vijay vikas vikram vinay vinod virendra vishal vivek yogesh srinivas
  abraham antony anthony chacko cherian george jacob james john jose joseph kurian mathew paul peter philip sebastian thomas
  varghese kuriakose mathai varkey chandy eapen ninan itty
  jagmohan manmohan brijmohan madanmohan rammohan jairam sitaram rajaram shivram
  abdul aamir aftab akbar arif asif faisal farhan imran irfan javed mahmood nadeem rashid salim salman shahid tariq zahid
  `
    .trim()
    .split(/\s+/),
);
