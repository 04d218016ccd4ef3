# expect-fail: 31 32
# Mutant: ignores strict and never raises.
safe_div <- function(a, b, strict = FALSE) {
  if (b == 0) {
    return(NULL)
  }
  a / b
}
