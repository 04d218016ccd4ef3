# expect-fail: 24 25
# Mutant: ignores reverse.
unique_sorted <- function(values, reverse = FALSE) {
  v <- unique(unlist(values))
  if (is.null(v)) return(list())
  sort(v, method = "radix")
}
