// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
function unique_sorted(values: number[], reverse: boolean = false): number[] {
  const out = values.slice().sort((a, b) => a - b);
  return reverse ? out.reverse() : out;
}
