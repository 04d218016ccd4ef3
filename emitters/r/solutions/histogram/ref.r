# R names are strings: the result maps each bucket key, written as a whole number ("-5"), to its count.
key_name <- function(k) if (is.finite(k) && k == round(k)) sprintf("%.0f", k) else as.character(k)

histogram <- function(values, bucket = 1) {
  if (bucket <= 0) stop("ValueError: bucket must be positive")
  counts <- list()
  for (v in as.list(values)) {
    key <- key_name((v %/% bucket) * bucket)
    counts[[key]] <- (if (is.null(counts[[key]])) 0 else counts[[key]]) + 1
  }
  counts
}
