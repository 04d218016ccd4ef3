let word_counts (text : string) (min_length : int) : (string * int) list =
  if min_length < 1 then invalid_arg "min_length must be positive";
  (* lower-case ASCII, and the two-byte UTF-8 capitals of Latin-1 (É is \195\137, é is \195\169) *)
  let lower = String.mapi (fun i c ->
    if i > 0 && text.[i - 1] = '\195' && c >= '\128' && c <= '\158' then Char.chr (Char.code c + 32)
    else Char.lowercase_ascii c) text in
  let utf8_length w =
    String.fold_left (fun n c -> if Char.code c land 0xC0 = 0x80 then n else n + 1) 0 w in
  let words = List.filter (fun w -> w <> "") (String.split_on_char ' ' lower) in
  List.fold_left (fun counts w ->
    if utf8_length w < min_length then counts
    else match List.assoc_opt w counts with
      | Some n -> (w, n + 1) :: List.remove_assoc w counts
      | None -> (w, 1) :: counts) [] words
