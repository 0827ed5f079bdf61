// Tamil has one letter for k/g, s/ch/j, t/d, p/b: its sound, and the everyday spelling, follow
// the position (Murugan, Anjali, Pandian, Anbu), while Sanskrit names keep their k and t
// (Venkatesan, Natarajan), so only the rules those spellings agree on are applied.
const PULLI = '\u0BCD';
// A vowel, a consonant with its inherent a, or a vowel sign: anything but the pulli.
const FIRST_VOWEL_BEARING = 0x0b85;
const LAST_VOWEL_BEARING = 0x0bcc;

const AFTER_NASAL: Readonly<Record<string, { nasal: string; voiced: string }>> = {
  க: { nasal: 'ங', voiced: 'ग' },
  ச: { nasal: 'ஞ', voiced: 'ज' },
  ட: { nasal: 'ண', voiced: 'ड' },
};

export function voiceTamilStops(text: string): string {
  const spelled = text
    .replace(/ட்சுமி/g, 'क्ष्मि') // Tamil writes Lakshmi with ட்ச and a helping u
    .replace(/ட்ச/g, 'क्ष') // and Sanskrit ksh as ட்ச (Meenakshi)
    .replace(/ச்ச(?=ெல்வ)/g, 'स्स') // a doubled s before Selvi/Selvan (Kalaiselvi)
    .replace(/ச்ச/g, 'च्च') // Pichai
    .replace(/(?<=[மன]்)ப/g, 'ब') // Anbu, Sambandam
    .replace(/க(?=ும(?:ா|ர))/g, 'क'); // Kumar and Kumaran glued on keep their k (Sivakumar)
  const chars = [...spelled];
  return chars.map((char, index) => voiced(chars, index) ?? char).join('');
}

function voiced(chars: string[], index: number): string | undefined {
  const char = chars[index];
  if (char === 'த') return 'थ'; // Senthil, Muthu, Geetha
  const rule = AFTER_NASAL[char];
  if (rule === undefined) return undefined;
  const before = chars[index - 1];
  if (before === PULLI && chars[index - 2] === rule.nasal) return rule.voiced;
  const betweenVowels = before !== undefined && bearsVowel(before) && chars[index + 1] !== PULLI;
  if (char === 'க' && betweenVowels) return rule.voiced;
  return char === 'ச' ? 'स' : undefined; // Selvam, Vasanthi
}

function bearsVowel(char: string): boolean {
  const codePoint = char.codePointAt(0)!;
  return codePoint >= FIRST_VOWEL_BEARING && codePoint <= LAST_VOWEL_BEARING;
}
