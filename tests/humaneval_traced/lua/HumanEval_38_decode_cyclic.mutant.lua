local function decode_cyclic(s)
  -- wrong: cycles each group of three once more the same way, which encodes again instead of decoding
  local groups = {}
  for i = 1, #s, 3 do
    local group = s:sub(i, i + 2)
    if #group == 3 then group = group:sub(2) .. group:sub(1, 1) end
    groups[#groups + 1] = group
  end
  return table.concat(groups)
end
