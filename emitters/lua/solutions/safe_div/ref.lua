local function safe_div(a, b, strict)
  if b == 0 then
    if strict then error("division by zero") end
    return nil
  end
  return a / b
end
