# expect-fail: 31 32
# Mutant: ignores strict and never raises.
def safe_div(a, b, strict = false)
  return nil if b.zero?
  a.to_f / b
end
