change_base <- function(x, base) {
  ret <- ""
  while (x > 0) {
    ret <- paste0(x %% base, ret)
    x <- x %/% base
  }
  ret
}
