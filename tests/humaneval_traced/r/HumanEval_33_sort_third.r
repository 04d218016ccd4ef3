sort_third <- function(l) {
  # positions 1, 4, 7, ... (Python's l[::3]) get those same values, sorted
  idx <- which(seq_along(l) %% 3 == 1)
  l[idx] <- sort(l[idx])
  l
}
