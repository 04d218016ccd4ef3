let decode_shift (s : string) : string =
  (* wrong: shifts forward by 5, as encode_shift does, instead of back *)
  let a = Char.code 'a' in
  String.map (fun ch -> Char.chr ((((Char.code ch + 5 - a) mod 26) + 26) mod 26 + a)) s
