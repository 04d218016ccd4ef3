let unique_sorted (values : int list) (reverse : bool) : int list =
  let asc = List.sort_uniq compare values in
  if reverse then List.rev asc else asc
