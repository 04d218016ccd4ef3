# Python's str.isspace() characters, for str.strip().
py_ws <- paste0("[\t\n\v\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000-\u200a",
                "\u2028\u2029\u202f\u205f\u3000]")
py_strip <- function(s) gsub(paste0("^", py_ws, "+|", py_ws, "+$"), "", enc2utf8(s), perl = TRUE)

# Python's str.split(sep) for a non-empty sep: every piece kept, empty ones included.
py_split <- function(s, sep) {
  if (!nzchar(sep)) stop("ValueError: empty separator")
  x <- utf8ToInt(enc2utf8(s))
  p <- utf8ToInt(enc2utf8(sep))
  n <- length(x)
  k <- length(p)
  piece <- function(from, to) intToUtf8(x[seq_len(max(to - from + 1, 0)) + from - 1])
  parts <- character(0)
  start <- 1
  i <- 1
  while (i + k - 1 <= n) {
    if (all(x[i:(i + k - 1)] == p)) {
      parts <- c(parts, piece(start, i - 1))
      i <- i + k
      start <- i
    } else {
      i <- i + 1
    }
  }
  c(parts, piece(start, n))
}

# Python's str.partition(sep): c(before, sep or "", after).
py_partition <- function(s, sep) {
  parts <- py_split(s, sep)
  if (length(parts) == 1) return(c(s, "", ""))
  c(parts[1], sep, paste(parts[-1], collapse = sep))
}

# Python's int(text) for base-10 text.
py_int <- function(text) {
  t <- py_strip(text)
  if (!grepl("^[+-]?[0-9]+(_[0-9]+)*$", t)) stop(sprintf("ValueError: invalid literal for int() with base 10: '%s'", text))
  as.numeric(gsub("_", "", t, fixed = TRUE))
}

parse_key_values <- function(text, sep = ";") {
  result <- list()
  for (entry in py_split(text, sep)) {
    if (!nzchar(py_strip(entry))) next
    parts <- py_partition(entry, "=")
    if (!nzchar(parts[2])) stop(sprintf("ValueError: missing '=' in entry '%s'", entry))
    key <- py_strip(parts[1])
    values <- if (key %in% names(result)) result[[key]] else numeric(0)
    for (item in py_split(parts[3], ",")) {
      if (nzchar(py_strip(item))) values <- c(values, py_int(item))
    }
    result[[key]] <- values
  }
  result
}
