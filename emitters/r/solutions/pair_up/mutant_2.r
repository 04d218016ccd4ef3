# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
pair_up <- function(items, overlap = FALSE) {
  step <- if (overlap) 1 else 2
  n <- length(items)
  out <- list()
  if (n < 2) return(out)
  for (i in seq(1, n - 1, by = step)) {
    a <- items[[i]]
    b <- items[[i + 1]]
    out[[length(out) + 1]] <- c(min(a, b), max(a, b))
  }
  out
}
