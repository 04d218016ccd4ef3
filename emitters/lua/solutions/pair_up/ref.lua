local function pair_up(items, overlap)
  local out = {}
  local step = overlap and 1 or 2
  for i = 1, #items - 1, step do
    out[#out + 1] = {items[i], items[i + 1]}
  end
  return out
end
