// expect-fail: 24 25
// Mutant: ignores reverse.
function unique_sorted(values, reverse = false) {
  return [...new Set(values)].sort((a, b) => a - b);
}
