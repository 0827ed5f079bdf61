/** A plain vowel letter; y and w, glides in Indian names, are not counted. */
export const isVowel = (char: string | undefined): boolean => char !== undefined && char.length === 1 && 'aeiou'.includes(char);

/** The letter at `index` is the word's first vowel. */
export function isFirstVowel(word: string, index: number): boolean {
  for (let position = 0; position < index; position++) if (isVowel(word[position])) return false;
  return isVowel(word[index]);
}
