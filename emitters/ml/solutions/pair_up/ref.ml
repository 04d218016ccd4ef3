let pair_up (items : int list) (overlap : bool) : (int * int) list =
  (* [(items[i], items[i + 1]) for i in range(0, len(items) - 1, step)] *)
  let arr = Array.of_list items in
  let step = if overlap then 1 else 2 in
  let rec go i acc = if i < Array.length arr - 1 then go (i + step) ((arr.(i), arr.(i + 1)) :: acc) else List.rev acc in
  go 0 []
