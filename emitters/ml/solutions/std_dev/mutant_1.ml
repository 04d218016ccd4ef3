(* expect-fail: 17 26 27 *)
(* Mutant: always divides by n (ddof only used for validation). *)
let std_dev (values : float list) (ddof : int) : float =
  let n = List.length values in
  if n - ddof <= 0 then invalid_arg "not enough values";
  if n = 0 then raise Division_by_zero;
  let total = List.fold_left ( +. ) 0.0 values in
  let mean = total /. float_of_int n in
  let squares = List.fold_left (fun acc v -> acc +. ((v -. mean) *. (v -. mean))) 0.0 values in
  Float.sqrt (squares /. float_of_int n)
