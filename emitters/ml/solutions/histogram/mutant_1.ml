(* expect-fail: 22 *)
(* Mutant: truncating division instead of floor division (int(v / bucket)). *)
let histogram (values : int list) (bucket : int) : (int * int) list =
  if bucket <= 0 then invalid_arg "bucket must be positive";
  let counts =
    List.fold_left
      (fun counts v ->
        let key = int_of_float (Float.trunc (float_of_int v /. float_of_int bucket)) * bucket in
        match List.assoc_opt key counts with
        | Some c -> List.map (fun (k, x) -> if k = key then (k, c + 1) else (k, x)) counts
        | None -> counts @ [ (key, 1) ])
      [] values
  in
  counts
