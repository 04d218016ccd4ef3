local function sort_third(l)
  -- wrong: counts "divisible by three" from 1, so it sorts positions 3, 6, 9, ... (Python's l[2::3])
  local out, thirds = {}, {}
  for i = 1, #l do
    out[i] = l[i]
    if i % 3 == 0 then thirds[#thirds + 1] = l[i] end
  end
  table.sort(thirds)
  for k = 1, #thirds do out[3 * k] = thirds[k] end
  return out
end
