# expect-fail: 16 17 18 20
# Mutant: the mean uses floor division.
def std_dev(values, ddof = 0)
  n = values.length
  raise ArgumentError, "not enough values" if n - ddof <= 0
  mean = values.sum.div(n)
  Math.sqrt(values.sum { |v| (v - mean)**2 } / (n - ddof))
end
