(* expect-fail: 20 *)
(* Mutant: puts the smaller item of each pair first. *)
let pair_up (items : int list) (overlap : bool) : (int * int) list =
  let arr = Array.of_list items in
  let step = if overlap then 1 else 2 in
  let rec go i acc =
    if i < Array.length arr - 1 then
      let a = arr.(i) and b = arr.(i + 1) in
      go (i + step) ((min a b, max a b) :: acc)
    else List.rev acc
  in
  go 0 []
