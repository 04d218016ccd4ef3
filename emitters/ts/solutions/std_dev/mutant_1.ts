// expect-fail: 17 26 27
// Mutant: always divides by n (ddof only used for validation).
function std_dev(values: number[], ddof: number = 0): number {
  const n = values.length;
  if (n - ddof <= 0) throw new Error("ValueError: not enough values");
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return Math.sqrt(squares / n);
}
