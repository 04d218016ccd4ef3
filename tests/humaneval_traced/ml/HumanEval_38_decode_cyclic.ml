let decode_cyclic (s : string) : string =
  (* encode_cyclic moves the first character of each full group of three to its end; doing that twice
     more brings every character back where it was *)
  let encode_cyclic t =
    let n = String.length t in
    let group i =
      let g = String.sub t (3 * i) (min 3 (n - (3 * i))) in
      if String.length g = 3 then String.sub g 1 2 ^ String.sub g 0 1 else g
    in
    String.concat "" (List.init ((n + 2) / 3) group)
  in
  encode_cyclic (encode_cyclic s)
