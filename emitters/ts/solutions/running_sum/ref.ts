function running_sum(numbers: number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const x of numbers) {
    total += x;
    out.push(total);
  }
  return out;
}
