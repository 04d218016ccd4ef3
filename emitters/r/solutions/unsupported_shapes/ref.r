double <- function(x) {
  2 * x
}
