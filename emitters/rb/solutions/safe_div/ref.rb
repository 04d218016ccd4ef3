def safe_div(a, b, strict = false)
  if b.zero?
    raise ZeroDivisionError, "division by zero" if strict
    return nil
  end
  a.to_f / b
end
