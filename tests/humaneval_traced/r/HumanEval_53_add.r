add <- function(x, y) {
  x + y
}
