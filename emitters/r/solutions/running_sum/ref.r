running_sum <- function(numbers) {
  result <- numeric(0)
  total <- 0
  for (x in numbers) {
    total <- total + x
    result <- c(result, total)
  }
  result
}
