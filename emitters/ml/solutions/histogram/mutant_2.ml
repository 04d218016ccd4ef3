(* expect-fail: 32 *)
(* Mutant: only rejects a zero bucket, not a negative one. *)
let floor_div a b =
  let q = a / b in
  if (a mod b <> 0) && ((a < 0) <> (b < 0)) then q - 1 else q

let histogram (values : int list) (bucket : int) : (int * int) list =
  if bucket = 0 then invalid_arg "bucket must be positive";
  let counts =
    List.fold_left
      (fun counts v ->
        let key = floor_div v bucket * bucket in
        match List.assoc_opt key counts with
        | Some c -> List.map (fun (k, x) -> if k = key then (k, c + 1) else (k, x)) counts
        | None -> counts @ [ (key, 1) ])
      [] values
  in
  counts
