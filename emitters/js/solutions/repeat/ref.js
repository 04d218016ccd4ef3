function repeat(s, n, sep = "", end = "") {
  if (n <= 0) return end;
  return Array(n).fill(s).join(sep) + end;
}
