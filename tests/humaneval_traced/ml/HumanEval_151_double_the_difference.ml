let double_the_difference (lst : float list) : int =
  (* the harness passes every number as a float (5 as 5.), so Python's '"." not in str(i)' (an int) can
     only be read here as "has no fractional part" *)
  List.fold_left
    (fun total i ->
      if i > 0. && Float.is_integer i && Float.rem i 2. <> 0. then total + int_of_float (i *. i) else total)
    0 lst
