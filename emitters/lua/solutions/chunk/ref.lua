local function chunk(items, size)
  if size <= 0 then error("size must be positive") end
  local out = {}
  for i = 1, #items, size do
    local part = {}
    for j = i, math.min(i + size - 1, #items) do
      part[#part + 1] = items[j]
    end
    out[#out + 1] = part
  end
  return out
end
