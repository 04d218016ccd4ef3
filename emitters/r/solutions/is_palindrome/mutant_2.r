# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of TRUE / FALSE.
is_palindrome <- function(text, ignore_case = FALSE) {
  text <- enc2utf8(text)
  if (ignore_case) text <- tolower(text)
  codes <- utf8ToInt(text)
  if (identical(codes, rev(codes))) 1 else 0
}
