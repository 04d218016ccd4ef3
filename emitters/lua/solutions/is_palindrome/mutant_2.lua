-- expect-fail: 11 12 13 14
-- Mutant: returns 1 / 0 instead of true / false.
local function is_palindrome(text, ignore_case)
  if ignore_case then text = string.lower(text) end
  local points = {}
  for _, c in utf8.codes(text) do
    points[#points + 1] = c
  end
  local i, j = 1, #points
  while i < j do
    if points[i] ~= points[j] then return 0 end
    i = i + 1
    j = j - 1
  end
  return 1
end
