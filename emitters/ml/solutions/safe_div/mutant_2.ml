(* expect-fail: 31 32 *)
(* Mutant: ignores strict and never raises. *)
let safe_div (a : float) (b : float) (strict : bool) : float option =
  if b = 0.0 then None else Some (a /. b)
