/** A computed value with the evidence behind it. Unknown is never zero. */
export interface Figure {
  /** null when nothing known contributed (no data), never a silent zero. */
  value: number | null;
  /** Records in scope (activities in the period, or reported actuals). */
  records: number;
  /** Records whose value was known and counted. */
  known: number;
  /** Records in scope whose value was missing and left out. */
  unknown: number;
}
