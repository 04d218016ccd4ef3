local function double_the_difference(lst)
  -- wrong: ignores zero instead of the negative numbers, so negative odd integers count too
  local total = 0
  for _, i in ipairs(lst) do
    if i ~= 0 and i % 2 ~= 0 and math.type(i) == "integer" then total = total + i * i end
  end
  return total
end
