def int_pow(base, exp)
  raise ArgumentError, "negative exponent" if exp.negative?
  result = 1
  exp.times { result *= base }
  result
end
