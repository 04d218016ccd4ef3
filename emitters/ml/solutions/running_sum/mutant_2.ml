(* expect-fail: 27 28 *)
(* Mutant: truncates every element to an integer before adding it. *)
(* Python's int(x) truncates toward zero and raises on inf and nan. *)
let py_int x =
  if Float.is_nan x then invalid_arg "cannot convert float NaN to integer"
  else if Float.abs x = infinity then failwith "cannot convert float infinity to integer"
  else Float.trunc x

let running_sum (numbers : float list) : float list =
  let _, sums =
    List.fold_left (fun (total, acc) x -> let t = total +. py_int x in (t, t :: acc)) (0.0, []) numbers
  in
  List.rev sums
