let change_base (x : int) (base : int) : string =
  (* x stays positive in the loop, so / and mod are Python's // and % *)
  let rec go x ret = if x > 0 then go (x / base) (string_of_int (x mod base) ^ ret) else ret in
  go x ""
