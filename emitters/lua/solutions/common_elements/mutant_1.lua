-- expect-fail: 11
-- Mutant: silently drops negative numbers.
local function common_elements(a, b)
  local out = {}
  for x in pairs(a) do
    if b[x] and not (math.type(x) == "integer" and x < 0) then
      out[x] = true
    end
  end
  return out
end
