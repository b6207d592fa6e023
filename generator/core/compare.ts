/**
 * The one string order the project uses: UTF-16 code units, the order `Array.prototype.sort`
 * uses with no comparator. Unlike `localeCompare` it does not depend on the machine's locale,
 * so every emitted file and report comes out byte-identical everywhere.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
