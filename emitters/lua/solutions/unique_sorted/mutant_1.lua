-- expect-fail: 24 25
-- Mutant: ignores reverse.
local function unique_sorted(values, reverse)
  local seen, out = {}, {}
  for _, v in ipairs(values) do
    if not seen[v] then
      seen[v] = true
      out[#out + 1] = v
    end
  end
  table.sort(out)
  return out
end
