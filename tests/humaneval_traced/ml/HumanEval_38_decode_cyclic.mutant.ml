let decode_cyclic (s : string) : string =
  (* wrong: cycles each group of three once more the same way, which encodes again instead of decoding *)
  let n = String.length s in
  let group i =
    let g = String.sub s (3 * i) (min 3 (n - (3 * i))) in
    if String.length g = 3 then String.sub g 1 2 ^ String.sub g 0 1 else g
  in
  String.concat "" (List.init ((n + 2) / 3) group)
