repeat_ <- function(s, n, sep = "", end = "") {
  if (n <= 0) return(end)
  paste0(paste(rep(s, n), collapse = sep), end)
}
