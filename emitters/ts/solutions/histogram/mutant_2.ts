// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
function histogram(values: number[], bucket: number = 1): Map<number, number> {
  if (bucket === 0) throw new Error("ValueError: bucket must be positive");
  const out = new Map<number, number>();
  for (const v of values) {
    const key = Math.floor(v / bucket) * bucket;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
