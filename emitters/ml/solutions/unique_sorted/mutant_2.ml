(* expect-fail: 10 13 17 20 *)
(* Mutant: sorts but does not remove duplicates. *)
let unique_sorted (values : int list) (reverse : bool) : int list =
  let asc = List.sort compare values in
  if reverse then List.rev asc else asc
