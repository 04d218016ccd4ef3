safe_div <- function(a, b, strict = FALSE) {
  if (b == 0) {
    if (strict) stop("ZeroDivisionError: division by zero")
    return(NULL)
  }
  a / b
}
