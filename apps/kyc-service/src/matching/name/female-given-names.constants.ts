/**
 * Endings only women's names take: Lakshmamma, Parvathi, Sumathi, Shalini, Radhika, Jayashree, Kavitha,
 * Garima. Names of up to five letters are left to the list: short words end in these letters by chance.
 */
const FEMALE_ENDINGS = /(?:amma|ammal|vathi|vati|wati|mathi|lakshmi|laxmi|priya|rani|ini|ika|shree|ithaa?|ima)$/;

export function isFemaleGivenName(text: string): boolean {
  return FEMALE_GIVEN_NAMES.has(text) || (text.length > 5 && FEMALE_ENDINGS.test(text));
}

/** Given names borne only by women. Names men also bear (Kiran, Suman, Jyoti, Shashi, Santosh) are left out. */
const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  aarti aarthi aishwarya anita anitha anjali anju ankita anuradha anusha aparna archana arpita asha bhavna bhavana
  chitra deepa deepika divya gayatri geeta geetha gita hema indira indu jaya jayanti kamala kavita kavitha
  kalpana kusum lalita lalitha lata latha leela madhuri mala mamata mamta manisha manju mary maya meena meenakshi
  meera mina neha neelam nirmala nisha padma parvati parvathi pooja priya pushpa radha rajni rashmi rekha renu revathi
  rita ritu roopa rupa sadhana sangeeta sangeetha sarita saroja savita savitha seema seeta sita shanti shanthi sheela
  shobha shweta smita sneha sonia sudha sujata sujatha sunita sunitha sushma swati tara uma usha vandana vani vidya
  vimala yamuna fatima ayesha zainab farida nasreen shabana rukhsana salma sultana zubeida ameena
  annamma mariamma elizabeth susan saramma aleyamma rosamma molly
  `
    .trim()
    .split(/\s+/),
);
