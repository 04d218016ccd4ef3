local function sort_third(l)
  -- a copy of l whose positions 1, 4, 7, ... (Python's l[::3]) hold those same values, sorted
  local out, thirds = {}, {}
  for i = 1, #l do
    out[i] = l[i]
    if (i - 1) % 3 == 0 then thirds[#thirds + 1] = l[i] end
  end
  table.sort(thirds)
  for k = 1, #thirds do out[3 * (k - 1) + 1] = thirds[k] end
  return out
end
