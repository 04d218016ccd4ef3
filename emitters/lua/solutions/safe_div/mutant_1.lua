-- expect-fail: 28 29
-- Mutant: returns 0 instead of nil for a zero divisor.
local function safe_div(a, b, strict)
  if b == 0 then
    if strict then error("division by zero") end
    return 0
  end
  return a / b
end
