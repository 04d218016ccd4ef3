(* expect-fail: 17 *)
(* Mutant: escapes both kinds of quote, whatever quote is. *)
(* Python iterates over a str by code point; OCaml strings are UTF-8 bytes, so decode them. *)
let utf8_decode (s : string) : int list =
  let n = String.length s in
  let cont i = if i < n then Char.code s.[i] land 0x3F else 0 in
  let rec go i acc =
    if i >= n then List.rev acc
    else
      let c = Char.code s.[i] in
      let len, cp =
        if c < 0x80 then (1, c)
        else if c land 0xE0 = 0xC0 then (2, ((c land 0x1F) lsl 6) lor cont (i + 1))
        else if c land 0xF0 = 0xE0 then (3, ((c land 0x0F) lsl 12) lor (cont (i + 1) lsl 6) lor cont (i + 2))
        else if c land 0xF8 = 0xF0 then
          (4, ((c land 0x07) lsl 18) lor (cont (i + 1) lsl 12) lor (cont (i + 2) lsl 6) lor cont (i + 3))
        else (1, c)
      in
      go (i + len) (cp :: acc)
  in
  go 0 []

let utf8_encode (cps : int list) : string =
  let b = Buffer.create 16 in
  List.iter (fun cp -> Buffer.add_utf_8_uchar b (Uchar.of_int cp)) cps;
  Buffer.contents b

let escape_text (text : string) (quote : string) : string =
  (* quote is a str: a character equals it only when quote is exactly that one character *)
  let quote_cp = match utf8_decode quote with [q] -> Some q | _ -> None in
  let out = Buffer.create (String.length text) in
  let add_cp ch = Buffer.add_string out (utf8_encode [ch]) in
  List.iter
    (fun ch ->
      if ch = Char.code '\\' then Buffer.add_string out "\\\\"
      else if Some ch = quote_cp || ch = Char.code '\'' || ch = Char.code '"' then (Buffer.add_char out '\\'; add_cp ch)
      else if ch = Char.code '\n' then Buffer.add_string out "\\n"
      else if ch = Char.code '\t' then Buffer.add_string out "\\t"
      else if ch = Char.code '\r' then Buffer.add_string out "\\r"
      else add_cp ch)
    (utf8_decode text);
  Buffer.contents out
