-- expect-fail: 15 17
-- Mutant: compares UTF-8 bytes instead of characters.
local function is_palindrome(text, ignore_case)
  if ignore_case then text = string.lower(text) end
  return text == string.reverse(text)
end
