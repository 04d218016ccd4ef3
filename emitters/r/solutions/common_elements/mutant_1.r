# expect-fail: 11
# Mutant: silently drops negative numbers.
py_scalar_eq <- function(x, y) {
  if ((is.numeric(x) || is.logical(x)) && (is.numeric(y) || is.logical(y))) {
    return(isTRUE(as.numeric(x) == as.numeric(y)))
  }
  if (is.character(x) && is.character(y)) return(isTRUE(enc2utf8(x) == enc2utf8(y)))
  identical(x, y)
}

py_contains <- function(items, x) {
  for (y in items) if (py_scalar_eq(x, y)) return(TRUE)
  FALSE
}

is_int <- function(x) (is.numeric(x) || is.logical(x)) && is.finite(as.numeric(x)) && as.numeric(x) == round(as.numeric(x))

common_elements <- function(a, b) {
  out <- list()
  for (x in as.list(a)) {
    if (py_contains(as.list(b), x) && !(is_int(x) && x < 0) && !py_contains(out, x)) out[[length(out) + 1]] <- x
  }
  out
}
