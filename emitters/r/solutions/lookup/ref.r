# R names are strings: an int key k is looked up under its whole-number name ("-1").
key_name <- function(k) if (is.numeric(k) && is.finite(k) && k == round(k)) sprintf("%.0f", k) else as.character(k)

lookup <- function(table, key, default = NULL) {
  name <- key_name(key)
  if (name %in% names(table)) return(table[[name]])
  default
}
