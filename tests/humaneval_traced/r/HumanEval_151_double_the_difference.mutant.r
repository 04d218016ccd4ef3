double_the_difference <- function(lst) {
  # wrong: ignores zero instead of the negative numbers, so negative odd integers count too
  lst <- unlist(lst)  # a list() as well as a numeric vector
  keep <- lst[lst != 0 & lst == floor(lst) & lst %% 2 != 0]
  sum(keep^2)
}
