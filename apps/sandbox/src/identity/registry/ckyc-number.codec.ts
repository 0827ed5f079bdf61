const PAN_LETTER_POSITIONS = [0, 1, 2, 3, 4, 9];
const PAN_SPACE = 26 ** 6 * 10_000;

/**
 * The CKYC number the sandbox gives the holder of an unregistered PAN: "1" and thirteen digits that
 * encode the PAN, so a number found by a PAN search downloads that PAN's person after a restart too.
 * The last four digits are the PAN's four digits.
 */
export function ckycNumberForPan(pan: string): string {
  const letters = PAN_LETTER_POSITIONS.reduce((value, position) => value * 26 + pan.charCodeAt(position) - 65, 0);
  return `1${String(letters * 10_000 + Number(pan.slice(5, 9))).padStart(13, '0')}`;
}

/** The PAN a CKYC number encodes, or null for numbers the sandbox did not derive from a PAN. */
export function panOfCkycNumber(ckycNumber: string): string | null {
  if (!/^1\d{13}$/.test(ckycNumber)) return null;
  const value = Number(ckycNumber.slice(1));
  if (value >= PAN_SPACE) return null;
  let letters = Math.floor(value / 10_000);
  const chars: string[] = [];
  for (let i = PAN_LETTER_POSITIONS.length - 1; i >= 0; i--) {
    chars[i] = String.fromCharCode(65 + (letters % 26));
    letters = Math.floor(letters / 26);
  }
  return `${chars.slice(0, 5).join('')}${String(value % 10_000).padStart(4, '0')}${chars[5]}`;
}
