# expect-fail: 32
# Mutant: only rejects a zero bucket, not a negative one.
def histogram(values, bucket = 1)
  raise ArgumentError, "bucket must be positive" if bucket.zero?
  values.each_with_object(Hash.new(0)) { |v, counts| counts[v.div(bucket) * bucket] += 1 }
end
