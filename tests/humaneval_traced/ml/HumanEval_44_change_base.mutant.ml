let change_base (x : int) (base : int) : string =
  (* wrong: appends each digit, so the digits come out least significant first *)
  let rec go x ret = if x > 0 then go (x / base) (ret ^ string_of_int (x mod base)) else ret in
  go x ""
