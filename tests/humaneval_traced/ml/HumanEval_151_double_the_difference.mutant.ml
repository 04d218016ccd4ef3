let double_the_difference (lst : float list) : int =
  (* wrong: ignores zero instead of the negative numbers, so negative odd integers count too *)
  List.fold_left
    (fun total i ->
      if i <> 0. && Float.is_integer i && Float.rem i 2. <> 0. then total + int_of_float (i *. i) else total)
    0 lst
