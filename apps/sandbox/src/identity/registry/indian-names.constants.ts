/**
 * Given names and surnames by naming tradition. `middle` lists are drawn from ('' means none);
 * `patronymic` regions use the father's given name as the middle name (Gujarati men add "bhai").
 */
export interface NamingRegion {
  id: string;
  male: readonly string[];
  female: readonly string[];
  maleMiddle: readonly string[];
  femaleMiddle: readonly string[];
  patronymic?: 'plain' | 'bhai';
  surnames: readonly string[];
}

export const NAMING_REGIONS: readonly NamingRegion[] = [
  {
    id: 'hindi',
    male: ['Rajesh', 'Amit', 'Sunil', 'Manoj', 'Rakesh', 'Vijay', 'Sanjay', 'Ashok', 'Deepak', 'Pankaj', 'Alok', 'Vivek', 'Rohit', 'Abhishek', 'Saurabh'],
    female: ['Sunita', 'Anita', 'Pooja', 'Priya', 'Neha', 'Kavita', 'Rekha', 'Seema', 'Anjali', 'Laxmi', 'Geeta', 'Shweta', 'Ritu', 'Suman'],
    maleMiddle: ['Kumar', 'Kumar', 'Prasad', 'Nath', 'Chandra', '', '', ''],
    femaleMiddle: ['Kumari', 'Devi', '', '', ''],
    surnames: ['Sharma', 'Verma', 'Gupta', 'Srivastava', 'Mishra', 'Tiwari', 'Yadav', 'Pandey', 'Chaudhary', 'Agarwal', 'Saxena', 'Tripathi', 'Dubey', 'Jain', 'Upadhyay', 'Kushwaha'],
  },
  {
    id: 'punjabi',
    male: ['Gurpreet', 'Harpreet', 'Manpreet', 'Jaspal', 'Harjeet', 'Kuldeep', 'Sukhwinder', 'Amarjeet', 'Balwinder', 'Rajinder', 'Navdeep'],
    female: ['Harleen', 'Simran', 'Jasleen', 'Manjeet', 'Gurleen', 'Rupinder', 'Navneet', 'Amandeep', 'Parminder'],
    maleMiddle: ['Singh'],
    femaleMiddle: ['Kaur'],
    surnames: ['Sandhu', 'Gill', 'Dhillon', 'Sidhu', 'Grewal', 'Bajwa', 'Randhawa', 'Brar', 'Chahal', 'Kohli', 'Ahluwalia', 'Malhotra'],
  },
  {
    id: 'marathi',
    male: ['Sachin', 'Rahul', 'Sandeep', 'Prashant', 'Nitin', 'Ganesh', 'Mahesh', 'Swapnil', 'Tushar', 'Amol', 'Vishal', 'Yogesh', 'Omkar'],
    female: ['Snehal', 'Ashwini', 'Madhuri', 'Pallavi', 'Swati', 'Shraddha', 'Rupali', 'Vaishali', 'Manisha', 'Priyanka', 'Aarti'],
    maleMiddle: [],
    femaleMiddle: [],
    patronymic: 'plain',
    surnames: ['Patil', 'Kulkarni', 'Deshpande', 'Joshi', 'Pawar', 'Jadhav', 'Shinde', 'Gaikwad', 'Deshmukh', 'Kale', 'More', 'Bhosale', 'Chavan', 'Wagh'],
  },
  {
    id: 'gujarati',
    male: ['Hitesh', 'Jignesh', 'Nilesh', 'Paresh', 'Bhavesh', 'Kalpesh', 'Mehul', 'Chirag', 'Ketan', 'Alpesh', 'Dhaval'],
    female: ['Hetal', 'Krupa', 'Nisha', 'Bhavna', 'Dipti', 'Falguni', 'Jalpa', 'Komal', 'Mital', 'Rinku'],
    maleMiddle: [],
    femaleMiddle: [],
    patronymic: 'bhai',
    surnames: ['Patel', 'Shah', 'Desai', 'Mehta', 'Parikh', 'Trivedi', 'Modi', 'Chauhan', 'Solanki', 'Vyas', 'Thakkar', 'Panchal'],
  },
  {
    id: 'tamil',
    male: ['Karthik', 'Senthil', 'Murugan', 'Saravanan', 'Arun', 'Prakash', 'Balaji', 'Dinesh', 'Ganesan', 'Vignesh', 'Selvam'],
    female: ['Lakshmi', 'Kavitha', 'Meena', 'Revathi', 'Deepa', 'Vasuki', 'Divya', 'Sangeetha', 'Anitha', 'Tamilselvi'],
    maleMiddle: [''],
    femaleMiddle: [''],
    surnames: ['Ramasamy', 'Subramanian', 'Krishnan', 'Natarajan', 'Venkatesan', 'Murugesan', 'Balasubramanian', 'Palanisamy', 'Rajendran', 'Arumugam'],
  },
  {
    id: 'telugu',
    male: ['Srinivas', 'Venkatesh', 'Ramesh', 'Suresh', 'Naresh', 'Kiran', 'Ravi', 'Praveen', 'Chandrasekhar', 'Anil', 'Sai'],
    female: ['Padma', 'Sravani', 'Swathi', 'Madhavi', 'Sirisha', 'Bhavani', 'Haritha', 'Sowjanya', 'Anusha', 'Lakshmi'],
    maleMiddle: ['Kumar', '', '', ''],
    femaleMiddle: [''],
    surnames: ['Reddy', 'Rao', 'Naidu', 'Chowdary', 'Varma', 'Goud', 'Raju', 'Sastry', 'Murthy', 'Yadav'],
  },
  {
    id: 'kannada',
    male: ['Manjunath', 'Raghavendra', 'Shivakumar', 'Nagaraj', 'Prasanna', 'Girish', 'Harish', 'Santosh', 'Mallikarjun', 'Basavaraj'],
    female: ['Shwetha', 'Roopa', 'Savitha', 'Shilpa', 'Deepika', 'Pavithra', 'Shruthi', 'Bhagya', 'Latha'],
    maleMiddle: [''],
    femaleMiddle: [''],
    surnames: ['Gowda', 'Hegde', 'Shetty', 'Bhat', 'Kamath', 'Naik', 'Hiremath', 'Kulkarni', 'Rao'],
  },
  {
    id: 'malayalam',
    male: ['Anoop', 'Sreejith', 'Rajeev', 'Biju', 'Shaji', 'Vineeth', 'Arjun', 'Midhun', 'Jithin', 'Thomas'],
    female: ['Aswathy', 'Remya', 'Divya', 'Sreeja', 'Anju', 'Neethu', 'Lekshmi', 'Bindu', 'Reshma', 'Mariamma'],
    maleMiddle: [''],
    femaleMiddle: [''],
    surnames: ['Nair', 'Menon', 'Pillai', 'Kurup', 'Varghese', 'Kurian', 'Panicker', 'Unnithan', 'Namboothiri', 'Joseph'],
  },
  {
    id: 'bengali',
    male: ['Subhajit', 'Arindam', 'Sourav', 'Debashis', 'Partha', 'Anirban', 'Sandip', 'Tapas', 'Abhijit', 'Indranil'],
    female: ['Moumita', 'Sharmistha', 'Rituparna', 'Mousumi', 'Sudeshna', 'Paromita', 'Ananya', 'Tanushree', 'Soma'],
    maleMiddle: ['Kumar', 'Chandra', '', '', ''],
    femaleMiddle: ['', '', 'Rani'],
    surnames: ['Chatterjee', 'Banerjee', 'Mukherjee', 'Bhattacharya', 'Ghosh', 'Bose', 'Das', 'Sen', 'Dutta', 'Chakraborty', 'Roy', 'Saha', 'Mondal'],
  },
  {
    id: 'odia',
    male: ['Subrat', 'Bibhuti', 'Debasish', 'Prasanta', 'Manas', 'Sanjib', 'Biswajit', 'Jagannath'],
    female: ['Sasmita', 'Sarojini', 'Smruti', 'Pragyan', 'Itishree', 'Lipika', 'Subhashree'],
    maleMiddle: ['Kumar', '', ''],
    femaleMiddle: [''],
    surnames: ['Mohanty', 'Panda', 'Patnaik', 'Sahoo', 'Behera', 'Nayak', 'Swain', 'Pradhan', 'Mishra', 'Das'],
  },
  {
    id: 'assamese',
    male: ['Bhaskar', 'Dhruba', 'Pranjal', 'Hemanta', 'Bidyut', 'Nilotpal', 'Dipankar'],
    female: ['Junmoni', 'Bornali', 'Gitanjali', 'Pallavi', 'Rashmi', 'Anamika'],
    maleMiddle: ['', '', 'Jyoti'],
    femaleMiddle: [''],
    surnames: ['Baruah', 'Bora', 'Gogoi', 'Saikia', 'Kalita', 'Hazarika', 'Deka', 'Phukan'],
  },
  {
    id: 'muslim',
    male: ['Mohammed', 'Mohd', 'Imran', 'Salman', 'Irfan', 'Arif', 'Faisal', 'Shahid', 'Javed', 'Asif', 'Aamir', 'Zubair'],
    female: ['Ayesha', 'Fatima', 'Nazia', 'Shabana', 'Rukhsar', 'Farheen', 'Sana', 'Zainab', 'Tabassum', 'Nasreen'],
    maleMiddle: ['', '', '', 'Abdul'],
    femaleMiddle: ['', '', 'Bano'],
    surnames: ['Khan', 'Ansari', 'Shaikh', 'Qureshi', 'Siddiqui', 'Syed', 'Pathan', 'Mirza', 'Hussain', 'Rizvi'],
  },
];
