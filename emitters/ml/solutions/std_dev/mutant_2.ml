(* expect-fail: 16 17 18 20 *)
(* Mutant: the mean uses floor division. *)

(* Python's float // (float_floor_div in CPython's floatobject.c) *)
let py_float_floordiv (vx : float) (wx : float) : float =
  if wx = 0.0 then raise Division_by_zero;
  let m = Float.rem vx wx in
  let div = (vx -. m) /. wx in
  let div = if m <> 0.0 && (wx < 0.0) <> (m < 0.0) then div -. 1.0 else div in
  if div <> 0.0 then
    let fl = Float.floor div in
    if div -. fl > 0.5 then fl +. 1.0 else fl
  else Float.copy_sign 0.0 (vx /. wx)

let std_dev (values : float list) (ddof : int) : float =
  let n = List.length values in
  if n - ddof <= 0 then invalid_arg "not enough values";
  let total = List.fold_left ( +. ) 0.0 values in
  let mean = py_float_floordiv total (float_of_int n) in
  let squares = List.fold_left (fun acc v -> acc +. ((v -. mean) *. (v -. mean))) 0.0 values in
  Float.sqrt (squares /. float_of_int (n - ddof))
