-- expect-fail: 27 28
-- Mutant: truncates every element to an integer before adding it.
local function running_sum(numbers)
  local result = {}
  local total = 0
  for i = 1, #numbers do
    local x = numbers[i]
    if x >= 0 then x = math.floor(x) else x = math.ceil(x) end
    total = total + x
    result[i] = total
  end
  return result
end
