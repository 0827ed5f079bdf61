/**
 * Family, caste and clan surnames, grouped by region, written from general knowledge of Indian names.
 * Only names that are not also given names: a word that may be a father's given name (Anand, Prasad,
 * Mohan, Krishnan, Prabhu, Rana, Thomas, Varghese, Paul, Roy, Hussain, Ali, Amin, Malik) must not save a
 * swap of two given names.
 */
const SURNAMES_BY_REGION: Readonly<Record<string, string>> = {
  punjabAndNorth: `
    ahluwalia ahuja arora aulakh bains bajwa bakshi bedi bhalla bhasin bhatia bhullar brar chadha chahal chawla cheema
    chopra dhaliwal dhawan dhillon dhindsa gill grewal gulati hundal johal kakkar kalra kang kapoor kapur khanna khatri
    kohli luthra malhotra mann narang oberoi pannu puri randhawa sabharwal sahni sandhu sawhney sekhon sethi sidhu
    sodhi sood tandon toor virk vohra wadhwa walia
    atwal deol dhami ghuman gosal kahlon mangat sohal sran thind`,
  hindiBelt: `
    agarwal agrawal aggarwal agnihotri asthana awasthi bajpai bansal bhadoria bhardwaj bhargava bhatnagar bisht
    chaturvedi chaubey choubey chauhan chaudhary choudhary chaudhari chaurasia dikshit dixit dubey dube dwivedi garg goel
    goyal gupta jaiswal jha jindal kesharwani kulshrestha kushwaha mathur maurya meena mishra misra mittal negi nigam
    ojha pande pandey pant parmar pathak paswan prajapati rajput rastogi rathore rathod rawat saxena sengar shekhawat
    sharma shukla singhal sinha sisodia solanki srivastava shrivastava srivastav tiwari tewari tomar tripathi trivedi
    tyagi upadhyay upadhyaya vajpayee varma verma yadav yadava mahto manjhi rajbhar jatav gurjar gujjar saini sahu
     bhat bhatt bhatti dutt joshi malviya pandit sachdev sachdeva seth thakur
    baghel bhadauria bhargav bundela chandel chaudhry gaur kannaujia nishad parihar pundir purohit rajak rajvanshi sisodiya vishwakarma`,
  kashmir: `bhan dhar handoo kaul koul kichlu raina razdan tikoo zutshi`,
  marwariAndJain: `
    bafna bhandari birla bothra dalmia daga dugar goenka jain jhunjhunwala kanoria kejriwal khandelwal kothari lodha
     modi mundra oswal poddar ruia rungta sanghi saraf singhania singhvi somani surana tibrewal`,
  sindhi: `
    advani bhagnani budhrani chhabria gidwani hinduja jethmalani khemani kripalani lalwani mansukhani mirchandani
    motwani ramchandani vaswani wadhwani`,
  gujarat: `
     bharwad chokshi dalal dave desai doshi gandhi jadeja jhaveri kapadia mehta merchant mistry panchal pandya parikh
    patel rabari sanghvi shah sheth thakkar vaghela vora vyas zala zaveri
    chudasama dabhi dholakia ganatra gohil kansagra kotak lakhani majmudar makwana mankad nanavati pancholi raval rawal ruparelia thaker vasani vekariya`,
  parsi: `bharucha billimoria batliwala cama contractor daruwalla dastur engineer godrej irani kotwal poonawalla sethna tata wadia`,
  maharashtra: `
    apte athavale bhagwat bhide bhosale bhonsle chavan damle dandekar deshmukh deshpande gaikwad gavaskar ghorpade godbole
    gokhale gupte jadhav jagtap kadam kale kamble karandikar karve kelkar khare kulkarni limaye lokhande mahajan mane
    mangeshkar mohite more nikam paranjpe patil pawar powar phadke ranade rane salunkhe sathe sawant shinde shirke sonawane
    tendulkar thorat wagh waghmare
    ahire bhoir borse dalvi fadnavis gadkari gawade gawde gole gore karande khot kolhe mhaske mhatre raut shelar shirsat tawde thackeray`,
  goaAndKonkan: `
    almeida carvalho coutinho correia costa dcosta dcunha dias dmello dsouza souza fernandes fonseca furtado gomes gonsalves
    kamat kamath lobo mascarenhas menezes monteiro noronha pereira pinto rebello rodrigues saldanha sequeira shenoy`,
  karnataka: `
    adiga aithal alva ballal baliga bangera gowda hebbar hegde holla karanth kini kotian mallya pai poojary salian shetty
     urs
    bhandary gaonkar kudva nadkarni shanbhag shanbhogue`,
  kerala: `
    kaimal kurup mannadiar marar menon nair nambiar namboodiri nambudiri nambisan nayanar panicker pisharody pillai poduval
     unnithan warrier varier`,
  tamilNadu: `
    aiyar ayyangar chettiar chettiyar gounder iyengar iyer moopanar mudaliar mudaliyar nadar naicker reddiar servai
    thevar udayar vandayar`,
  teluguLands: `
    akkineni atluri chowdary choudary daggubati gadde goud kalvakuntla kodali kommineni kondapalli kotha naidu nandamuri
    paruchuri pothula rao ravela reddy sastry sastri shastri sunkara tummala vallabhaneni vemulapalli yarlagadda
    gali galla jonnalagadda kasu kotla lagadapati madala mekapati nallari paritala rayapati uppalapati velagapudi
    alluri chalasani chilukuri datla indukuri kanumuri mandava penmetsa peddireddy sagi vemula`,
  bengal: `
    adhikari bagchi bandyopadhyay banerjee basu bhattacharya bhattacharjee bhowmik bhowmick bhaumik biswas bose
    chakraborty chakravarty chakrabarti chatterjee chattopadhyay das dasgupta datta dey dutta ganguly gangopadhyay ghosh
    goswami guha haldar halder hazra kundu lahiri maitra majumdar mazumdar mallick mallik mandal mondal mitra moitra
    mukherjee mukhopadhyay nandi pramanik roychowdhury saha samanta sanyal sarkar sircar sen sengupta
    bhaduri chaki debnath ghoshal karmakar nath sardar shikder`,
  odisha: `
    barik behera biswal dash jena khuntia lenka mahapatra majhi mohanty mohapatra nayak naik panda parida patnaik
    pattanaik patra pradhan rout routray sabat sahoo samal satpathy senapati sethy swain tripathy
    bisoyi patro`,
  assam: `
    baruah barua bora borah bordoloi borthakur buragohain chetia choudhury chowdhury deka gogoi handique hazarika kalita
    konwar mahanta medhi neog phukan rajkhowa saikia sarma tamuli`,
  northEast: `
    dkhar huidrom khumanthem kharkongor konsam laishram lyngdoh marak marbaniang moirangthem ningthoujam nongrum
    nongthombam oinam rymbai sangma syiem thangjam thokchom wahengbam yumnam debbarma jamatia reang chakma
    basumatary boro brahma chhangte colney daimary fanai hmar hnamte imchen jamir khiangte kikon longkumer mushahary narzary nongkynrih ovung pachuau ralte renthlei sailo swargiary tochhawng yanthan zeliang`,
  // Clan names of the Oraon, Kharia, Munda and Santal of Jharkhand, Odisha and Chhattisgarh.
  centralTribal: `
    besra baskey ekka hansda hembram kerketta kindo kisku kujur kullu lakra marandi minz murmu soren tigga tirkey toppo
    tudu xalxo`,
  himalayanAndNepali: `basnet bhutia chhetri gurung karki lama lepcha limbu magar sherpa shrestha tamang thapa`,
  muslim: `
    abidi afridi ansari baig beg chishti farooqui hashmi jafri kazmi khan lodhi mirza naqvi pathan qadri quadri
    qureshi rizvi shaikh sheikh siddiqui usmani zaidi`,
};

// Endings only a family name takes: Lokhandwala, Banerjee/Banerji, Chattopadhyay, Telugu Akkineni, Kondapalli,
// Nimmagadda, Bommireddy; Kerala house names Puthenveettil, Kallissery, Pulikkal.
const SURNAME_ENDINGS =
  /(?:wala|walla|vala|rjee|rji|opadhyay|opadhyaya|neni|palli|gadda|.{3}reddy|veettil|parambil|purayil|purath|ssery|kkal)$/;

const FAMILY_SURNAMES: ReadonlySet<string> = new Set(Object.values(SURNAMES_BY_REGION).flatMap((names) => names.trim().split(/\s+/)));

/**
 * True for a word that is a family, caste or clan surname and not also a given name. Written forms only:
 * folding would let given names in (Vasu folds onto Basu, Mohit onto Mohite, Bala onto Bhalla).
 */
export function isFamilySurname(text: string): boolean {
  return FAMILY_SURNAMES.has(text) || SURNAME_ENDINGS.test(text);
}
