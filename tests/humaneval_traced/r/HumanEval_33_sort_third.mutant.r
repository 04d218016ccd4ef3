sort_third <- function(l) {
  # wrong: takes "divisible by three" on R's 1-based positions, so it sorts 3, 6, 9, ... (Python's l[2::3])
  idx <- which(seq_along(l) %% 3 == 0)
  l[idx] <- sort(l[idx])
  l
}
