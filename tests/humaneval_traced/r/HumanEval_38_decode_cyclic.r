decode_cyclic <- function(s) {
  # encode_cyclic moves the first character of each full group of three to its end; doing that twice
  # more brings every character back where it was
  encode_cyclic <- function(t) {
    n <- nchar(t)
    if (n == 0) return(t)
    starts <- seq(1, n, by = 3)
    groups <- substring(t, starts, pmin(starts + 2, n))
    full <- nchar(groups) == 3
    groups[full] <- paste0(substring(groups[full], 2), substring(groups[full], 1, 1))
    paste(groups, collapse = "")
  }
  encode_cyclic(encode_cyclic(s))
}
