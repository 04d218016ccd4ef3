# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
running_sum <- function(numbers) {
  result <- numeric(0)
  total <- 0
  for (x in numbers) {
    total <- total + trunc(x)
    result <- c(result, total)
  }
  result
}
