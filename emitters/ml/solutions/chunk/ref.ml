let chunk (items : string list) (size : int) : string list list =
  if size <= 0 then invalid_arg "size must be positive";
  (* consecutive slices items[i:i+size] for i = 0, size, 2*size, ... *)
  let rec take k xs acc =
    match xs with
    | x :: rest when k > 0 -> take (k - 1) rest (x :: acc)
    | _ -> (List.rev acc, xs)
  in
  let rec go xs acc =
    match xs with
    | [] -> List.rev acc
    | _ ->
      let piece, rest = take size xs [] in
      go rest (piece :: acc)
  in
  go items []
