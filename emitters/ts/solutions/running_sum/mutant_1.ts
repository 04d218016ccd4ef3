// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
function running_sum(numbers: number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const x of numbers) {
    total += Math.abs(x);
    out.push(total);
  }
  return out;
}
