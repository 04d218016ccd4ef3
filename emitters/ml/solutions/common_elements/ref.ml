let common_elements (a : int list) (b : int list) : int list =
  (* {x for x in a if x in b}: a set, so no element twice *)
  List.fold_left
    (fun acc x -> if List.mem x b && not (List.mem x acc) then x :: acc else acc)
    [] a
  |> List.rev
