let add (x : int) (y : int) : int =
  x + y
