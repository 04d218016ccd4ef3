local function has_close_elements(numbers, threshold)
  local ordered = {}
  for i, x in ipairs(numbers) do ordered[i] = x end
  table.sort(ordered)
  for i = 2, #ordered do
    if ordered[i] - ordered[i - 1] < threshold then return true end
  end
  return false
end
