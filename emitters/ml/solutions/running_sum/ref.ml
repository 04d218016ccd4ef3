let running_sum (numbers : float list) : float list =
  let _, sums = List.fold_left (fun (total, acc) x -> let t = total +. x in (t, t :: acc)) (0.0, []) numbers in
  List.rev sums
