-- expect-fail: 20
-- Mutant: puts the smaller item of each pair first.
local function pair_up(items, overlap)
  local out = {}
  local step = overlap and 1 or 2
  for i = 1, #items - 1, step do
    local a, b = items[i], items[i + 1]
    out[#out + 1] = {math.min(a, b), math.max(a, b)}
  end
  return out
end
