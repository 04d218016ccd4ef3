let sort_third (l : int list) : int list =
  (* a copy of l whose indices 0, 3, 6, ... (Python's l[::3]) hold those same values, sorted *)
  let thirds = List.sort compare (List.filteri (fun i _ -> i mod 3 = 0) l) in
  let rec go i xs ts =
    match xs, ts with
    | [], _ -> []
    | _ :: rest, t :: ts' when i mod 3 = 0 -> t :: go (i + 1) rest ts'
    | x :: rest, _ -> x :: go (i + 1) rest ts
  in
  go 0 l thirds
