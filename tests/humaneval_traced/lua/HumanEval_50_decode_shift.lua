local function decode_shift(s)
  -- every letter back by 5 in the alphabet (Lua's % is floored, as Python's is)
  return (s:gsub(".", function(ch)
    return string.char((ch:byte() - 5 - string.byte("a")) % 26 + string.byte("a"))
  end))
end
