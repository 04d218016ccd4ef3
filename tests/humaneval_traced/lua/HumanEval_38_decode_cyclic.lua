local function decode_cyclic(s)
  -- encode_cyclic moves the first character of each full group of three to its end; doing that twice
  -- more brings every character back where it was
  local function encode_cyclic(t)
    local groups = {}
    for i = 1, #t, 3 do
      local group = t:sub(i, i + 2)
      if #group == 3 then group = group:sub(2) .. group:sub(1, 1) end
      groups[#groups + 1] = group
    end
    return table.concat(groups)
  end
  return encode_cyclic(encode_cyclic(s))
end
