# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
running_sum <- function(numbers) {
  result <- numeric(0)
  total <- 0
  for (x in numbers) {
    total <- total + abs(x)
    result <- c(result, total)
  }
  result
}
