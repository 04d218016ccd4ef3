def is_palindrome(text, ignore_case = false)
  text = text.downcase if ignore_case
  text == text.reverse
end
