-- expect-fail: 18 23
-- Mutant: ignores overlap.
local function pair_up(items, overlap)
  local out = {}
  for i = 1, #items - 1, 2 do
    out[#out + 1] = {items[i], items[i + 1]}
  end
  return out
end
