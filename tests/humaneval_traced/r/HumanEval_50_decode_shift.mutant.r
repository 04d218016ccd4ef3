decode_shift <- function(s) {
  # wrong: shifts forward by 5, as encode_shift does, instead of back
  a <- utf8ToInt("a")
  intToUtf8((utf8ToInt(s) + 5 - a) %% 26 + a)
}
