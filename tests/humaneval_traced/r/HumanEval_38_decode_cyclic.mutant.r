decode_cyclic <- function(s) {
  # wrong: cycles each group of three once more the same way, which encodes again instead of decoding
  n <- nchar(s)
  if (n == 0) return(s)
  starts <- seq(1, n, by = 3)
  groups <- substring(s, starts, pmin(starts + 2, n))
  full <- nchar(groups) == 3
  groups[full] <- paste0(substring(groups[full], 2), substring(groups[full], 1, 1))
  paste(groups, collapse = "")
}
