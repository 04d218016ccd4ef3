-- expect-fail: 24 25 28
-- Mutant: adds the absolute value of each element.
local function running_sum(numbers)
  local result = {}
  local total = 0
  for i = 1, #numbers do
    total = total + math.abs(numbers[i])
    result[i] = total
  end
  return result
end
