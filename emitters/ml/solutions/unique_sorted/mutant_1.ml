(* expect-fail: 24 25 *)
(* Mutant: ignores reverse. *)
let unique_sorted (values : int list) (reverse : bool) : int list =
  List.sort_uniq compare values
