# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of true / false.
def is_palindrome(text, ignore_case = false)
  text = text.downcase if ignore_case
  text == text.reverse ? 1 : 0
end
