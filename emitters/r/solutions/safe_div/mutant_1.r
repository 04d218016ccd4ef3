# expect-fail: 28 29
# Mutant: returns 0 instead of NULL for a zero divisor.
safe_div <- function(a, b, strict = FALSE) {
  if (b == 0) {
    if (strict) stop("ZeroDivisionError: division by zero")
    return(0)
  }
  a / b
}
