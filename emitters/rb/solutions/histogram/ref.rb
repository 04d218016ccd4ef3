def histogram(values, bucket = 1)
  raise ArgumentError, "bucket must be positive" if bucket <= 0
  values.each_with_object(Hash.new(0)) { |v, counts| counts[v.div(bucket) * bucket] += 1 }
end
