(* expect-fail: 18 23 *)
(* Mutant: ignores overlap. *)
let pair_up (items : int list) (overlap : bool) : (int * int) list =
  let arr = Array.of_list items in
  let step = 2 in
  let rec go i acc = if i < Array.length arr - 1 then go (i + step) ((arr.(i), arr.(i + 1)) :: acc) else List.rev acc in
  go 0 []
