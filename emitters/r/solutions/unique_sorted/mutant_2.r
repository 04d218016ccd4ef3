# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
unique_sorted <- function(values, reverse = FALSE) {
  v <- unlist(values)
  if (is.null(v)) return(list())
  sort(v, decreasing = reverse, method = "radix")
}
