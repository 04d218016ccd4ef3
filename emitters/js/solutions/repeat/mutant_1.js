// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
function repeat(s, n, sep = "", end = "") {
  if (n <= 0) return end;
  return end + Array(n).fill(s).join(sep);
}
