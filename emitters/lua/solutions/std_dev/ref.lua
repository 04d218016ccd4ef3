local function std_dev(values, ddof)
  if ddof == nil then ddof = 0 end
  local n = #values
  if n - ddof <= 0 then error("not enough values") end
  local total = 0
  for i = 1, n do
    total = total + values[i]
  end
  local mean = total / n
  local squares = 0.0
  for i = 1, n do
    squares = squares + (values[i] - mean) * (values[i] - mean)
  end
  return math.sqrt(squares / (n - ddof))
end
