# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
def is_palindrome(text, ignore_case = false)
  text = text.downcase if ignore_case
  text.bytes == text.bytes.reverse
end
