# expect-fail: 22
# Mutant: truncating division instead of floor division.
def histogram(values, bucket = 1)
  raise ArgumentError, "bucket must be positive" if bucket <= 0
  values.each_with_object(Hash.new(0)) { |v, counts| counts[(v.to_f / bucket).truncate * bucket] += 1 }
end
