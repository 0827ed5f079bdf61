export interface DateOfBirth {
  year: number;
  /** Absent when the record holds only a year of birth (common on Aadhaar). */
  month: number | null;
  day: number | null;
}
