# expect-fail: 16 17 18 20
# Mutant: the mean uses floor division.
std_dev <- function(values, ddof = 0) {
  n <- length(values)
  if (n - ddof <= 0) stop("ValueError: not enough values")
  total <- 0
  for (v in values) total <- total + v
  mean <- total %/% n
  squares <- 0
  for (v in values) squares <- squares + (v - mean) * (v - mean)
  sqrt(squares / (n - ddof))
}
