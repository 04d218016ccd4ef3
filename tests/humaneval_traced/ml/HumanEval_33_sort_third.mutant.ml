let sort_third (l : int list) : int list =
  (* wrong: counts positions from 1, so it sorts indices 2, 5, 8, ... (Python's l[2::3]) *)
  let chosen i = (i + 1) mod 3 = 0 in
  let thirds = List.sort compare (List.filteri (fun i _ -> chosen i) l) in
  let rec go i xs ts =
    match xs, ts with
    | [], _ -> []
    | _ :: rest, t :: ts' when chosen i -> t :: go (i + 1) rest ts'
    | x :: rest, _ -> x :: go (i + 1) rest ts
  in
  go 0 l thirds
