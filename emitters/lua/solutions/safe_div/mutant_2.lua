-- expect-fail: 31 32
-- Mutant: ignores strict and never raises.
local function safe_div(a, b, strict)
  if b == 0 then
    return nil
  end
  return a / b
end
