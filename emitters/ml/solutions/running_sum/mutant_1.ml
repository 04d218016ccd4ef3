(* expect-fail: 24 25 28 *)
(* Mutant: adds the absolute value of each element. *)
let running_sum (numbers : float list) : float list =
  let _, sums =
    List.fold_left (fun (total, acc) x -> let t = total +. Float.abs x in (t, t :: acc)) (0.0, []) numbers
  in
  List.rev sums
