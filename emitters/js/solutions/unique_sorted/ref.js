function unique_sorted(values, reverse = false) {
  const out = [...new Set(values)].sort((a, b) => a - b);
  return reverse ? out.reverse() : out;
}
