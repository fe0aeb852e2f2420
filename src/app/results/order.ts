/**
 * Code-point order for ids, codes and keys: the same on every machine and in every locale,
 * and free of the collator that localeCompare initialises on first use.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
