-- expect-fail: 14 15
-- Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
local function int_pow(base, exp)
  if exp < 0 then error("negative exponent") end
  local result = base
  for _ = 1, exp - 1 do
    result = result * base
  end
  return result
end
