# expect-fail: 28 29
# Mutant: returns 0 instead of nil for a zero divisor.
def safe_div(a, b, strict = false)
  if b.zero?
    raise ZeroDivisionError, "division by zero" if strict
    return 0
  end
  a.to_f / b
end
