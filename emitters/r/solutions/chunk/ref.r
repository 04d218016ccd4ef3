chunk <- function(items, size) {
  if (size <= 0) stop("ValueError: size must be positive")
  n <- length(items)
  out <- list()
  if (n == 0) return(out)
  for (start in seq(1, n, by = size)) {
    out[[length(out) + 1]] <- items[start:min(start + size - 1, n)]
  }
  out
}
