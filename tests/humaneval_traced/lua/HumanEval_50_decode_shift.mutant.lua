local function decode_shift(s)
  -- wrong: shifts forward by 5, as encode_shift does, instead of back
  return (s:gsub(".", function(ch)
    return string.char((ch:byte() + 5 - string.byte("a")) % 26 + string.byte("a"))
  end))
end
