word_counts <- function(text, min_length = 1) {
  if (min_length < 1) stop("min_length must be positive")
  words <- strsplit(tolower(text), "[[:space:]]+")[[1]]
  words <- words[nchar(words) >= min_length]
  counts <- list()
  for (word in words) counts[[word]] <- (if (is.null(counts[[word]])) 0 else counts[[word]]) + 1
  counts
}
