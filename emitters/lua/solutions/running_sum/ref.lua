local function running_sum(numbers)
  local result = {}
  local total = 0
  for i = 1, #numbers do
    total = total + numbers[i]
    result[i] = total
  end
  return result
end
