is_palindrome <- function(text, ignore_case = FALSE) {
  text <- enc2utf8(text)
  if (ignore_case) text <- tolower(text)
  codes <- utf8ToInt(text)
  identical(codes, rev(codes))
}
