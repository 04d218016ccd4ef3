escape_text <- function(text, quote = "\"") {
  chars <- intToUtf8(utf8ToInt(enc2utf8(text)), multiple = TRUE)
  out <- character(0)
  for (ch in chars) {
    if (ch == "\\") {
      out <- c(out, "\\\\")
    } else if (ch == quote) {
      out <- c(out, paste0("\\", ch))
    } else if (ch == "\n") {
      out <- c(out, "\\n")
    } else if (ch == "\t") {
      out <- c(out, "\\t")
    } else if (ch == "\r") {
      out <- c(out, "\\r")
    } else {
      out <- c(out, ch)
    }
  }
  paste(out, collapse = "")
}
