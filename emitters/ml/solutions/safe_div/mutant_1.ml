(* expect-fail: 28 29 *)
(* Mutant: returns 0 instead of None for a zero divisor. *)
let safe_div (a : float) (b : float) (strict : bool) : float option =
  if b = 0.0 then (if strict then raise Division_by_zero else Some 0.0) else Some (a /. b)
