// expect-fail: 24 25
// Mutant: ignores reverse.
function unique_sorted(values: number[], reverse: boolean = false): number[] {
  return Array.from(new Set(values)).sort((a, b) => a - b);
}
