// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
function histogram(values, bucket = 1) {
  if (bucket === 0) throw new RangeError("bucket must be positive");
  const counts = new Map();
  for (const v of values) {
    const key = Math.floor(v / bucket) * bucket;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}
