local function int_pow(base, exp)
  if exp < 0 then error("negative exponent") end
  local result = 1
  for _ = 1, exp do
    result = result * base
  end
  return result
end
