(* expect-fail: 11 *)
(* Mutant: silently drops negative numbers. *)
let common_elements (a : int list) (b : int list) : int list =
  List.fold_left
    (fun acc x -> if List.mem x b && x >= 0 && not (List.mem x acc) then x :: acc else acc)
    [] a
  |> List.rev
