// Verhoeff's dihedral-group check digit, as UIDAI uses for the 12th digit of an Aadhaar number.
const MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function checksum(digits: string): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = MULTIPLY[c][PERMUTE[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  }
  return c;
}

/** True when the last digit is the Verhoeff check digit of the others. */
export const hasValidVerhoeffDigit = (digits: string) => /^\d+$/.test(digits) && checksum(digits) === 0;

/** The digit to append so that `digits` + it passes the check (for tests and simulators). */
export const verhoeffDigitFor = (digits: string) => INVERSE[checksum(`${digits}0`)];

/** 12 digits, not starting with 0 or 1, last one a valid Verhoeff check digit. */
export const isValidAadhaar = (value: unknown) => typeof value === 'string' && /^[2-9]\d{11}$/.test(value) && hasValidVerhoeffDigit(value);
