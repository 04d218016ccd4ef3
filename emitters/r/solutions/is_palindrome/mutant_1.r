# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
is_palindrome <- function(text, ignore_case = FALSE) {
  text <- enc2utf8(text)
  if (ignore_case) text <- tolower(text)
  data <- charToRaw(text)
  identical(data, rev(data))
}
