.tc_nonce <- Sys.getenv("{{ NONCE_VARIABLE }}", "{{ DEFAULT_NONCE }}")
.tc_failures <- 0

.tc_close <- function(a, b, tol, strict) {
  if (is.nan(a) && is.nan(b)) return(TRUE)
  if (is.na(a) || is.na(b)) return(FALSE)
  if (a == b) return(TRUE)
  diff <- abs(a - b)
  bound <- max(tol[1] * max(abs(a), abs(b)), tol[2])
  if (strict) diff < bound else diff <= bound
}

.tc_scalar <- function(x) is.atomic(x) && length(x) == 1 && is.null(names(x))
.tc_whole <- function(x) is.finite(x) && x == round(x) && abs(x) < 2^53

.tc_eq_scalar <- function(a, b, tol, strict) {
  if (is.factor(a)) a <- as.character(a)
  if ((is.numeric(a) || is.logical(a)) && (is.numeric(b) || is.logical(b))) {
    a <- as.numeric(a)
    b <- as.numeric(b)
    if (!is.na(a) && !is.na(b) && .tc_whole(a) && .tc_whole(b)) return(a == b)
    return(.tc_close(a, b, tol, strict))
  }
  if (is.character(a) && is.character(b)) return(!is.na(a) && !is.na(b) && enc2utf8(a) == enc2utf8(b))
  FALSE
}

.tc_set <- function(x) structure(list(items = unique(as.list(x))), class = ".tc_set")

.tc_in <- function(x, items, tol, strict) {
  for (y in items) if (.tc_eq(x, y, tol, strict)) return(TRUE)
  FALSE
}

# Python's == on the values these stand for. A vector and a list with equal elements are equal; a named
# list is a dict (names compared as a set); NULL equals any empty container (R's c() is NULL). A
# one-element vector is a scalar: where a slot may hold either, a one-element list is written list(x).
.tc_eq <- function(a, b, tol, strict = FALSE) {
  if (inherits(a, ".tc_set") || inherits(b, ".tc_set")) {
    sa <- if (inherits(a, ".tc_set")) a$items else .tc_set(a)$items
    sb <- if (inherits(b, ".tc_set")) b$items else .tc_set(b)$items
    return(all(vapply(sa, .tc_in, TRUE, sb, tol, strict)) && all(vapply(sb, .tc_in, TRUE, sa, tol, strict)))
  }
  if (is.null(a) || is.null(b)) return(length(a) == 0 && length(b) == 0)
  if (is.environment(a) || is.function(a)) return(FALSE)
  if (.tc_scalar(b)) {
    if (.tc_scalar(a)) return(.tc_eq_scalar(a, b, tol, strict))
    # list(5) for an expected [5] (written c(5), which R cannot tell from 5)
    return(is.list(a) && length(a) == 1 && is.null(names(a)) && .tc_eq(a[[1]], b, tol, strict))
  }
  # a scalar never equals an R list: one-element lists inside containers are written list(x) to keep depth
  if (.tc_scalar(a)) return(FALSE)
  la <- if (is.list(a)) a else as.list(a)
  lb <- if (is.list(b)) b else as.list(b)
  if (length(la) != length(lb)) return(FALSE)
  nb <- names(lb)
  if (!is.null(nb) && length(lb) > 0 && all(nb != "")) {
    na <- names(la)
    if (is.null(na) || !setequal(na, nb) || anyDuplicated(na)) return(FALSE)
    for (k in nb) if (!.tc_eq(la[[k]], lb[[k]], tol, strict)) return(FALSE)
    return(TRUE)
  }
  for (i in seq_along(lb)) if (!.tc_eq(la[[i]], lb[[i]], tol, strict)) return(FALSE)
  TRUE
}

.tc_truthy <- function(v) {
  if (length(v) == 0) return(FALSE)
  if (.tc_scalar(v)) {
    if (is.na(v)) return(FALSE)
    if (is.logical(v)) return(v)
    if (is.numeric(v)) return(v != 0)
    if (is.character(v)) return(nzchar(v))
  }
  TRUE
}

# sorted(x): a vector's or list's elements in order; a named list's names in order.
.tc_sorted <- function(v) {
  if (!is.null(names(v)) && is.list(v)) return(sort(names(v)))
  sort(unlist(v))
}
.tc_list <- function(v) v
.tc_tuple <- function(v) v

# R notation for any value, names escaped (deparse leaves a newline in a name raw).
.tc_repr <- function(v) {
  if (inherits(v, ".tc_set")) v <- v$items
  if (is.null(v)) return("NULL")
  if (is.list(v) || length(v) != 1 || !is.null(names(v))) {
    items <- vapply(seq_along(v), function(i) .tc_repr(v[[i]]), "")
    keys <- names(v)
    if (!is.null(keys)) items <- paste0(ifelse(keys == "", "", paste0(encodeString(keys, quote = '"'), " = ")), items)
    return(paste0(if (is.list(v)) "list(" else "c(", paste(items, collapse = ", "), ")"))
  }
  if (is.character(v)) return(if (is.na(v)) "NA" else encodeString(v, quote = '"'))
  if (is.logical(v)) return(if (is.na(v)) "NA" else if (v) "TRUE" else "FALSE")
  if (is.numeric(v)) return(if (is.na(v) && !is.nan(v)) "NA" else format(v, digits = 15))
  paste(deparse(v, width.cutoff = 500L), collapse = " ")
}

.tc_show <- function(v) {
  text <- tryCatch(.tc_repr(v), error = function(e) "<unprintable>")
  if (nchar(text) > 300) paste0(substr(text, 1, 300), "...") else text
}

.tc_report <- function(index, status, detail = "") {
  line <- paste(.tc_nonce, index, status)
  if (nzchar(detail)) line <- paste(line, gsub("\r", "\\\\r", gsub("\n", "\\\\n", detail)))
  cat(line, "\n", sep = "")
  if (status != "pass") .tc_failures <<- .tc_failures + 1
}

.tc_holds <- function(relation, v, expected, tol, strict) {
  switch(relation,
    equals = , approx = .tc_eq(v, expected, tol, strict),
    not_equals = !.tc_eq(v, expected, tol, strict),
    truthy = .tc_truthy(v),
    falsy = !.tc_truthy(v),
    is_none = is.null(v),
    is_not_none = !is.null(v),
    is_true = isTRUE(v),
    is_false = isFALSE(v),
    raises = FALSE)
}

.tc_check <- function(index, thunk, relation, expected, tol, strict) {
  outcome <- tryCatch(list(ok = TRUE, value = thunk()),
                      error = function(e) list(ok = FALSE, message = conditionMessage(e)))
  if (!outcome$ok) {
    if (startsWith(outcome$message, "cannot allocate vector")) .tc_report(index, "oom", outcome$message)
    else if (relation == "raises") .tc_report(index, "pass") else .tc_report(index, "error", outcome$message)
    return(invisible(NULL))
  }
  held <- tryCatch(isTRUE(.tc_holds(relation, outcome$value, expected, tol, strict)), error = function(e) FALSE)
  if (held) {
    .tc_report(index, "pass")
  } else if (relation == "raises") {
    .tc_report(index, "fail", paste("no error raised; got", .tc_show(outcome$value)))
  } else {
    .tc_report(index, "fail", paste("got", .tc_show(outcome$value)))
  }
  invisible(NULL)
}

.tc_emit <- function(index, kind, detail) {
  cat(paste(.tc_nonce, index, kind, gsub("\r", "\\\\r", gsub("\n", "\\\\n", detail))), "\n", sep = "")
}

# The value the call returned, for the executor to judge (the expected value is not in this program).
.tc_observe <- function(index, thunk) {
  outcome <- tryCatch(list(ok = TRUE, value = thunk()),
                      error = function(e) list(ok = FALSE, message = conditionMessage(e)))
  if (!outcome$ok) {
    .tc_emit(index, if (startsWith(outcome$message, "cannot allocate vector")) "oom" else "error", outcome$message)
  } else {
    .tc_emit(index, "value", tryCatch(.tc_repr(outcome$value), error = function(e) "<unprintable>"))
  }
  invisible(NULL)
}

.tc_finish_observed <- function() {
  cat(paste(.tc_nonce, "done"), "\n", sep = "")
  quit(save = "no", status = 0)
}

.tc_finish <- function(count) {
  cat(paste(.tc_nonce, "done", count - .tc_failures, .tc_failures), "\n", sep = "")
  quit(save = "no", status = if (.tc_failures == 0) 0 else 1)
}
