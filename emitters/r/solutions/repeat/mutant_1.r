# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
repeat_ <- function(s, n, sep = "", end = "") {
  if (n <= 0) return(end)
  paste0(end, paste(rep(s, n), collapse = sep))
}
