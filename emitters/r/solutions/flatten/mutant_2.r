# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
# A Python list arrives as an R list or, when it holds scalars of one type, as an atomic vector
# (a one-element vector is indistinguishable from a scalar, and flattening it gives the same value).
is_py_list <- function(x) (is.list(x) && is.null(names(x))) || (!is.null(x) && is.atomic(x) && length(x) != 1)

flatten <- function(nested, depth = -1) {
  out <- list()
  walk <- function(items, d) {
    for (x in as.list(items)) {
      if (is_py_list(x) && d > 0) {
        walk(x, d - 1)
      } else {
        out[length(out) + 1] <<- list(x)
      }
    }
  }
  walk(nested, depth)
  out
}
