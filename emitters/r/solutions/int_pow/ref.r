int_pow <- function(base, exp) {
  if (exp < 0) stop("ValueError: negative exponent")
  result <- 1
  for (i in seq_len(exp)) result <- result * base
  result
}
