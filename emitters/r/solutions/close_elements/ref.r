has_close_elements <- function(numbers, threshold) {
  ordered <- sort(unlist(numbers))
  length(ordered) > 1 && any(diff(ordered) < threshold)
}
