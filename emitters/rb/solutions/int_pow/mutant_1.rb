# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
def int_pow(base, exp)
  raise ArgumentError, "negative exponent" if exp.negative?
  result = base
  (exp - 1).times { result *= base }
  result
end
