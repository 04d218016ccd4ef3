# expect-fail: 18 23
# Mutant: ignores overlap.
pair_up <- function(items, overlap = FALSE) {
  n <- length(items)
  out <- list()
  if (n < 2) return(out)
  for (i in seq(1, n - 1, by = 2)) out[[length(out) + 1]] <- c(items[[i]], items[[i + 1]])
  out
}
