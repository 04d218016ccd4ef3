double_the_difference <- function(lst) {
  # R holds every number as a double (5 as 5), so Python's '"." not in str(i)' (an int) can only be read
  # here as "has no fractional part"
  lst <- unlist(lst)  # a list() as well as a numeric vector
  keep <- lst[lst > 0 & lst == floor(lst) & lst %% 2 != 0]
  sum(keep^2)
}
