pair_up <- function(items, overlap = FALSE) {
  step <- if (overlap) 1 else 2
  n <- length(items)
  out <- list()
  if (n < 2) return(out)
  for (i in seq(1, n - 1, by = step)) out[[length(out) + 1]] <- c(items[[i]], items[[i + 1]])
  out
}
