# expect-fail: 17 26 27
# Mutant: always divides by n (ddof only used for validation).
def std_dev(values, ddof = 0)
  n = values.length
  raise ArgumentError, "not enough values" if n - ddof <= 0
  mean = values.sum.to_f / n
  Math.sqrt(values.sum { |v| (v - mean)**2 } / n)
end
