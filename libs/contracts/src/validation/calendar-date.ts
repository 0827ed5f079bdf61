const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a real calendar date (no 2024-02-30), or returns null. */
export function parseCalendarDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** Completed years between a date of birth and `today` (UTC). */
export function ageOn(dob: { year: number; month: number; day: number }, today = new Date()): number {
  const years = today.getUTCFullYear() - dob.year;
  const beforeBirthday = today.getUTCMonth() + 1 < dob.month || (today.getUTCMonth() + 1 === dob.month && today.getUTCDate() < dob.day);
  return beforeBirthday ? years - 1 : years;
}
