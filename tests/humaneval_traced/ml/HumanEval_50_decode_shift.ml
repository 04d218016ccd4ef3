let decode_shift (s : string) : string =
  (* every letter back by 5 in the alphabet; OCaml's mod keeps the sign, so add 26 before the last mod *)
  let a = Char.code 'a' in
  String.map (fun ch -> Char.chr ((((Char.code ch - 5 - a) mod 26) + 26) mod 26 + a)) s
