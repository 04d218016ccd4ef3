// expect-fail: 16 17 18 20
// Mutant: the mean uses floor division.
function std_dev(values, ddof = 0) {
  const n = values.length;
  if (n - ddof <= 0) throw new Error("not enough values");
  const mean = Math.floor(values.reduce((a, b) => a + b, 0) / n);
  const squares = values.reduce((acc, v) => acc + (v - mean) * (v - mean), 0);
  return Math.sqrt(squares / (n - ddof));
}
