unique_sorted <- function(values, reverse = FALSE) {
  v <- unique(unlist(values))
  if (is.null(v)) return(list())
  sort(v, decreasing = reverse, method = "radix")
}
