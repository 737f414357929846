/** A rate whose denominator is zero is "no data" (null), never 0% and never NaN (SPEC.md section 4). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
