// expect-fail: 17 26 27
// Mutant: always divides by n (ddof only used for validation).
function std_dev(values, ddof = 0) {
  const n = values.length;
  if (n - ddof <= 0) throw new Error("not enough values");
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const squares = values.reduce((acc, v) => acc + (v - mean) * (v - mean), 0);
  return Math.sqrt(squares / n);
}
