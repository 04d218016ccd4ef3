local function change_base(x, base)
  -- wrong: appends each digit, so the digits come out least significant first
  local ret = ""
  while x > 0 do
    ret = ret .. tostring(x % base)
    x = x // base
  end
  return ret
end
