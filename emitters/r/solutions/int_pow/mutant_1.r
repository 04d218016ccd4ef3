# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
int_pow <- function(base, exp) {
  if (exp < 0) stop("ValueError: negative exponent")
  result <- base
  for (i in seq_len(max(exp - 1, 0))) result <- result * base
  result
}
