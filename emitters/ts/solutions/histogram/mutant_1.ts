// expect-fail: 22
// Mutant: truncating division instead of floor division.
function histogram(values: number[], bucket: number = 1): Map<number, number> {
  if (bucket <= 0) throw new Error("ValueError: bucket must be positive");
  const out = new Map<number, number>();
  for (const v of values) {
    const key = Math.trunc(v / bucket) * bucket;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
