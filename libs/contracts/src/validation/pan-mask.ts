/** AB******4F: the first two and last two characters of a PAN, as responses to non-staff show it. */
export function maskPan(pan: string): string {
  return pan.length < 5 ? '*'.repeat(pan.length) : `${pan.slice(0, 2)}${'*'.repeat(pan.length - 4)}${pan.slice(-2)}`;
}
