// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
function running_sum(numbers: number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const x of numbers) {
    total += Math.trunc(x);
    out.push(total);
  }
  return out;
}
