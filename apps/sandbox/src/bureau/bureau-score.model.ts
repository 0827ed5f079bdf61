import { createHash } from 'node:crypto';
import { ADVERSE_PAN, MAGIC_PAN } from './bureau-magic-pans.constants.js';

/** Share of PANs below each score band's top, as bureaus report Indian retail borrowers: most 650-800, a tail below 600. */
const BANDS: readonly { share: number; from: number; to: number }[] = [
  { share: 0.08, from: 300, to: 599 },
  { share: 0.12, from: 600, to: 649 },
  { share: 0.65, from: 650, to: 799 },
  { share: 0.15, from: 800, to: 900 },
];

/** A score from 300 to 900 that is the same for a PAN every time; magic test PANs (adverse ones too) score their digits. */
export function bureauScoreOf(pan: string): number {
  const magic = MAGIC_PAN.exec(pan)?.[1] ?? ADVERSE_PAN.exec(pan)?.[2];
  if (magic) {
    const digits = Number(magic);
    if (digits >= 300 && digits <= 900) return digits;
  }
  let u = createHash('sha256').update(pan).digest().readUInt32BE(0) / 2 ** 32;
  for (const band of BANDS) {
    if (u < band.share) return band.from + Math.floor((u / band.share) * (band.to - band.from + 1));
    u -= band.share;
  }
  return 900;
}

/** Only the last four characters stay readable. */
export function maskPan(pan: string): string {
  return `${'X'.repeat(pan.length - 4)}${pan.slice(-4)}`;
}
