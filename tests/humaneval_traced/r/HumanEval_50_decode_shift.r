decode_shift <- function(s) {
  # every letter back by 5 in the alphabet (R's %% is floored, as Python's % is)
  a <- utf8ToInt("a")
  intToUtf8((utf8ToInt(s) - 5 - a) %% 26 + a)
}
