-- expect-fail: 10 13 17 20
-- Mutant: sorts but does not remove duplicates.
local function unique_sorted(values, reverse)
  local out = {}
  for _, v in ipairs(values) do
    out[#out + 1] = v
  end
  if reverse then
    table.sort(out, function(a, b) return a > b end)
  else
    table.sort(out)
  end
  return out
end
