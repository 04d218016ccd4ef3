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

(* Python's str.lower() for the scripts in common use (full Unicode tables are not in the stdlib):
   Latin, Greek (with the final-sigma rule), Cyrillic, Armenian, Georgian, fullwidth Latin... *)
let lower_simple (cp : int) : int list =
  let even_to_odd lo hi = cp >= lo && cp <= hi && (cp - lo) land 1 = 0 in
  if cp >= 0x41 && cp <= 0x5A then [ cp + 32 ]
  else if cp < 0xC0 then [ cp ]
  else if cp <= 0xDE && cp <> 0xD7 then [ cp + 32 ]
  else if cp = 0x130 then [ 0x69; 0x307 ]
  else if even_to_odd 0x100 0x12F || even_to_odd 0x132 0x137 || even_to_odd 0x14A 0x177
          || even_to_odd 0x1E00 0x1E95 || even_to_odd 0x1EA0 0x1EFF || even_to_odd 0x460 0x481
          || even_to_odd 0x48A 0x4BF || even_to_odd 0x4D0 0x52F || even_to_odd 0x1F8 0x21F
          || even_to_odd 0x222 0x233 || even_to_odd 0x3D8 0x3EF then [ cp + 1 ]
  else if (cp >= 0x139 && cp <= 0x148 && cp land 1 = 1) || (cp >= 0x179 && cp <= 0x17E && cp land 1 = 1)
          || (cp >= 0x4C1 && cp <= 0x4CE && cp land 1 = 1) then [ cp + 1 ]
  else if cp = 0x178 then [ 0xFF ]
  else if cp = 0x4C0 then [ 0x4CF ]
  else if cp = 0x386 then [ 0x3AC ]
  else if cp >= 0x388 && cp <= 0x38A then [ cp + 37 ]
  else if cp = 0x38C then [ 0x3CC ]
  else if cp = 0x38E || cp = 0x38F then [ cp + 63 ]
  else if cp >= 0x391 && cp <= 0x3AB && cp <> 0x3A2 then [ cp + 32 ]
  else if cp >= 0x400 && cp <= 0x40F then [ cp + 80 ]
  else if cp >= 0x410 && cp <= 0x42F then [ cp + 32 ]
  else if cp >= 0x531 && cp <= 0x556 then [ cp + 48 ]
  else if (cp >= 0x10A0 && cp <= 0x10C5) || cp = 0x10C7 || cp = 0x10CD then [ cp + 7264 ]
  else if cp >= 0x13A0 && cp <= 0x13EF then [ cp + 38864 ]
  else if cp >= 0x13F0 && cp <= 0x13F5 then [ cp + 8 ]
  else if cp = 0x1E9E then [ 0xDF ]
  else if cp = 0x2126 then [ 0x3C9 ]
  else if cp = 0x212A then [ 0x6B ]
  else if cp = 0x212B then [ 0xE5 ]
  else if cp >= 0x2160 && cp <= 0x216F then [ cp + 16 ]
  else if cp >= 0x24B6 && cp <= 0x24CF then [ cp + 26 ]
  else if cp >= 0x2C00 && cp <= 0x2C2F then [ cp + 48 ]
  else if cp >= 0xFF21 && cp <= 0xFF3A then [ cp + 32 ]
  else if cp >= 0x10400 && cp <= 0x10427 then [ cp + 40 ]
  else [ cp ]

(* Approximately Unicode's Cased and Case_Ignorable properties, for the final-sigma rule. *)
let is_cased cp =
  lower_simple cp <> [ cp ]
  || (cp >= 0x61 && cp <= 0x7A) || cp = 0xAA || cp = 0xB5 || cp = 0xBA
  || (cp >= 0xDF && cp <= 0xFF && cp <> 0xF7) || (cp >= 0x100 && cp <= 0x2AF)
  || (cp >= 0x3AC && cp <= 0x3FF) || (cp >= 0x430 && cp <= 0x52F) || (cp >= 0x560 && cp <= 0x588)
  || (cp >= 0x1D00 && cp <= 0x1DBF) || (cp >= 0x1E00 && cp <= 0x1FFF) || (cp >= 0x2C30 && cp <= 0x2C5F)
  || (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0x10428 && cp <= 0x1044F)

let is_case_ignorable cp =
  cp = 0x27 || cp = 0x2E || cp = 0x3A || cp = 0x5E || cp = 0x60 || cp = 0xA8 || cp = 0xAD || cp = 0xAF
  || cp = 0xB4 || cp = 0xB7 || cp = 0xB8 || cp = 0x2018 || cp = 0x2019 || cp = 0x2024 || cp = 0x2027
  || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x489) || (cp >= 0x2B0 && cp <= 0x2FF)
  || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F)

let py_lower (cps : int list) : int list =
  let arr = Array.of_list cps in
  let n = Array.length arr in
  let rec cased_before i = i >= 0 && (if is_case_ignorable arr.(i) then cased_before (i - 1) else is_cased arr.(i)) in
  let rec cased_after i = i < n && (if is_case_ignorable arr.(i) then cased_after (i + 1) else is_cased arr.(i)) in
  List.concat
    (List.mapi
       (fun i cp ->
         if cp = 0x3A3 then [ (if cased_before (i - 1) && not (cased_after (i + 1)) then 0x3C2 else 0x3C3) ]
         else lower_simple cp)
       cps)

let is_palindrome (text : string) (ignore_case : bool) : bool =
  let cps = utf8_decode text in
  let cps = if ignore_case then py_lower cps else cps in
  cps = List.rev cps
