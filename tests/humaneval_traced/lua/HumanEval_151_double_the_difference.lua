local function double_the_difference(lst)
  -- Python's '"." not in str(i)' keeps ints only: in Lua, the integer subtype (3, not 3.0 nor 0.2)
  local total = 0
  for _, i in ipairs(lst) do
    if i > 0 and i % 2 ~= 0 and math.type(i) == "integer" then total = total + i * i end
  end
  return total
end
