change_base <- function(x, base) {
  # wrong: appends each digit, so the digits come out least significant first
  ret <- ""
  while (x > 0) {
    ret <- paste0(ret, x %% base)
    x <- x %/% base
  }
  ret
}
