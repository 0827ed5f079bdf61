import { BoundedCache } from '../bounded-cache.js';
import { SPELLING_VARIANT_GROUPS } from './spelling-variants.constants.js';

// Ordered rewrite rules that fold romanisation choices of the same Indian name onto one key.
// Each rule exists because both spellings are in common use on Indian KYC documents.
const FOLDING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/(.)\1{2,}/g, '$1$1'], // no name writes a letter three times: a scanner's extra letter or digit (Sahoo0 / Sahooo)
  [/(?<=[^aeiou])dro$/, 'dra'], // Bengali and Assamese write the final inherent vowel o: Bhupendro / Bhupendra
  [/^([^aeiou]{1,2})oy(?=[aeiou])/, '$1ay'], // Bengali writes jay as joy: Joyanta / Jayanta
  [/^([^aeiou]{1,2})oy(?=[^aeiouy])/, '$1ai'], // and jai as joy: Joydeep / Jaideep, Joydev / Jaidev
  [/^(.{2,})shaw$/, '$1shah'], // Parsi and anglicised -shaw for Persian shah inside a name: Dinshaw / Dinshah
  [/sinh$/, 'singh'], // Gujarati Rajputs write Singh as sinh, often glued: Mahendrasinh, and Devanagari सिंह reads sinh
  [/^hr(?=[aeiou])/, 'r'], // Sanskrit initial hr: Hrishikesh / Rishikesh, Hrithik / Rithik
  [/c(?=[aou])/g, 'k'], // hard c in anglicised spellings: Cauvery / Kaveri, Colaco / Kolaco
  [/dny|^[jg]n(?=[aeiou])/g, 'gy'], // Marathi dny, Kannada jn, Tamil gn: Dnyanesh / Jnanesh / Gnanesh / Gyanesh
  [/^(g|dh)ia(?=n)/, '$1ya'], // Punjabi gi, dhi for gy, dhy: Gian / Gyan, Dhian / Dhyan
  [/ksh?/g, 'x'], // Lakshmi / Laxmi, Dikshit / Dixit, Saksena / Saxena
  [/(?<=[kgtdpbmsv]|(?:^|[^aeiou])h)ru/g, 'ri'], // Marathi and Gujarati ru for ri: Krushna, Trupti, Amrut
  [/(?<=.)zh/g, 'l'], // Tamil zh: Pazhani / Palani
  [/vy(?=[^aeiou])/g, 'vai'], // Telugu and Kannada vy: Vyshali / Vaishali
  [/aiah$/, 'ayya'], // Telugu -aiah / -ayya: Ramaiah / Ramayya, Venkaiah / Venkayya
  [/(?<=.)deo$|^deo(?=[^aeiouy])/, 'dev'], // Bihar and Awadh write dev as deo: Sukhdeo / Sukhdev, Baldeo / Baldev, Deogan / Devgan
  [/(?<=p)adh(?:y?ay|ya)a?$/, 'adhyay'], // Bengali and Hindi -padhyay: Mukhopadhaya / Mukhopadhyay, Upadhyaya / Upadhyay
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/que$/, 'q'], // Urdu q written -que: Rafique / Rafiq, Tarique / Tariq
  [/q/g, 'k'], // Qureshi / Kureshi
  [/o[uw]/g, 'au'], // Sourav / Saurav, Chowdhury / Chaudhury
  [/auv/g, 'av'], // Cauvery / Kaveri, Gauvri / Gavri
  [/eh(?=[^aeiou])/g, 'ah'], // Rehman / Rahman, Mehboob / Mahboob
  [/([^aeiou])h+/g, '$1'], // aspirates and sh: Bhatt, Sudhir, Shekhar, Chhavi
  [/([aeiou])h$/, '$1'], // Shah / Sha
  [/ez$/, 'es'], // Fernandez / Fernandes
  [/(?<=.{3})ien$/, 'ian'], // Kerala Christian -ian written -ien: Kurien / Kurian, Cherien / Cherian
  [/^abdu[rsntdz]$/, 'abdul'], // Arabic al assimilates to the next name's first letter: Abdur Rahman, Abdus Salam, Abdun Nasir
  [/z/g, 'j'], // Zakir / Jakir
  [/[wb]/g, 'v'], // Wasim / Vasim, Bikash / Vikash (Bengali, Odia)
  [/au(?=[^aeiouy])/g, 'av'], // u before a consonant written v: Nowroz / Navroz, Gauri / Gavri
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/iy(?=[aeiou])/g, 'i'], // Riyaz / Riaz, Iliyas / Ilias, Priyanka / Prianka
  [/^(.{2,})o[iy]$/, '$1ay'], // Bengali o for a: Bijoy / Bijay, Sanjoy / Sanjay; Assamese Gogoi / Gogoy
  [/aye?(?=[^aeiouy])/g, 'ai'], // Aysha / Ayesha / Aisha, Jaywant / Jaiwant
  [/^(?=.{5,}$)(.+?)ai(?=[^aeiouy])/, '$1e'], // ai said as e: Kailash / Kelash, Shoaib / Shoeb
  [/ey$/, 'e'], // Pandey / Pande
  [/(?<=.{3})ie$/, 'i'], // anglicised Christian -ie: Jessie / Jessy, Annie / Anny
  [/y$/, 'i'], // Sanjay / Sanjai, Reddy / Reddi
  [/(.)\1+/g, '$1'], // Aggarwal / Agarwal, Bhatt / Bhat
  [/([^aeiou])er$/, '$1ar'], // Shanker / Shankar
  [/ndar$/, 'ndra'], // Surender / Surendra, Chander / Chandra
  [/^(.{3,}[^aeiou])e$/, '$1'], // Kishore / Kishor, Ashoke / Ashok
  [/^(.{3,})o([^aeiouwy])$/, '$1a$2'],
  // Kannada and Telugu records add a final schwa to these male stems (Ramesha, Nagaraja,
  // Manjunatha); stems whose "-a" form is a different, female name (Amita, Neeraja) are absent.
  [/(es|[^eiou]raj|nat|vas|ayan|kumar|siv|dev|kar|gopal|anand|svar)a$/, '$1'],
  [/^(.{2,}(?:av|ant|ind|und|mn|rt|rjun|rang|[^n]dar))a$/, '$1'], // also Pradyumna / Pradyumn, Siddhartha / Siddharth, Arjuna / Arjun, Panduranga, Gangadhara
  // Telugu and Tamil records add a final "u" to the same male stems (Nagaraju, Thangaraju, Srinivasu).
  [/(es|[^eiou]raj|nat|vas|vel)u$/, '$1'], // also Thangavelu, Sakthivelu, Vadivelu
  // Tamil does not mark voicing after n: Senthil / Sendhil, Kanthasamy / Kandasamy. Runs after the
  // final schwa is gone, so Ananta / Anant stays apart from Anand.
  [/nt(?=[aeiou])/g, 'nd'],
];

const VARIANT_KEYS = buildVariantKeys();
// Name tokens repeat heavily (surnames, common given names); folding is pure, so memoise it.
const FOLDED = new BoundedCache<string, string>(50_000);

/** Folds a lowercase name token to a canonical key; equal keys mean transliteration variants. */
export function foldTransliteration(token: string): string {
  return FOLDED.getOrCreate(token, foldUncached);
}

function foldUncached(token: string): string {
  const folded = applyRules(token);
  return VARIANT_KEYS.get(folded) ?? folded;
}

function applyRules(token: string): string {
  let value = token;
  for (const [pattern, replacement] of FOLDING_RULES) value = value.replace(pattern, replacement);
  return value;
}

function buildVariantKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of SPELLING_VARIANT_GROUPS) {
    const canonical = applyRules(group[0]);
    for (const variant of group) keys.set(applyRules(variant), canonical);
  }
  return keys;
}
