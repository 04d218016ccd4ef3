(* expect-fail: 23 24 *)
(* Mutant: a repeated key replaces the earlier list instead of extending it. *)
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

(* Python's str.isspace(), on code points *)
let is_space cp =
  (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp = 0x85 || cp = 0xA0 || cp = 0x1680
  || (cp >= 0x2000 && cp <= 0x200A) || cp = 0x2028 || cp = 0x2029 || cp = 0x202F || cp = 0x205F || cp = 0x3000

(* str.strip() with no argument *)
let strip (s : string) : string =
  let rec drop = function c :: rest when is_space c -> drop rest | l -> l in
  utf8_encode (List.rev (drop (List.rev (drop (utf8_decode s)))))

(* str.split(sep) with an explicit separator: exact substrings, empty pieces kept *)
let split_on (s : string) (sep : string) : string list =
  let n = String.length s and m = String.length sep in
  if m = 0 then invalid_arg "empty separator";
  let rec go start i acc =
    if i + m > n then List.rev (String.sub s start (n - start) :: acc)
    else if String.sub s i m = sep then go (i + m) (i + m) (String.sub s start (i - start) :: acc)
    else go start (i + 1) acc
  in
  go 0 0 []

(* str.partition("="): (before, found, after) at the first "=" *)
let partition_eq (s : string) : string * bool * string =
  match String.index_opt s '=' with
  | Some i -> (String.sub s 0 i, true, String.sub s (i + 1) (String.length s - i - 1))
  | None -> (s, false, "")

(* Python's int(str): surrounding whitespace, an optional sign, decimal digits (any script's, which
   Unicode lays out in runs of ten) with single underscores between them. Results beyond 63 bits raise. *)
let digit_value cp =
  let zeros = [ 0x30; 0x660; 0x6F0; 0x7C0; 0x966; 0x9E6; 0xA66; 0xAE6; 0xB66; 0xBE6; 0xC66; 0xCE6; 0xD66;
                0xDE6; 0xE50; 0xED0; 0xF20; 0x1040; 0x1090; 0x17E0; 0x1810; 0x1946; 0x19D0; 0x1A80;
                0x1A90; 0x1B50; 0x1BB0; 0x1C40; 0x1C50; 0xA620; 0xA8D0; 0xA900; 0xA9D0; 0xA9F0; 0xAA50;
                0xABF0; 0xFF10; 0x104A0; 0x1D7CE; 0x1D7D8; 0x1D7E2; 0x1D7EC; 0x1D7F6 ] in
  List.fold_left (fun found z -> match found with
      | Some _ -> found
      | None -> if cp >= z && cp <= z + 9 then Some (cp - z) else None) None zeros

let py_int (s : string) : int =
  let bad () = invalid_arg ("invalid literal for int() with base 10: " ^ s) in
  let cps = utf8_decode (strip s) in
  let negative, digits = match cps with
    | 0x2D :: rest -> (true, rest)
    | 0x2B :: rest -> (false, rest)
    | l -> (false, l) in
  if digits = [] then bad ();
  let rec go acc prev_underscore = function
    | [] -> if prev_underscore then bad () else acc
    | 0x5F :: rest -> if prev_underscore then bad () else go acc true rest
    | c :: rest ->
      (match digit_value c with
       | None -> bad ()
       | Some d ->
         (* accumulate negatively so that min_int is reachable *)
         if acc < (min_int + d) / 10 then failwith "int() result does not fit in 63 bits";
         go ((acc * 10) - d) false rest)
  in
  (match digits with 0x5F :: _ -> bad () | _ -> ());
  let v = go 0 false digits in
  if negative then v
  else if v = min_int then failwith "int() result does not fit in 63 bits"
  else -v

let parse_key_values (text : string) (sep : string) : (string * int list) list =
  (* result: a dict, as an association list in insertion order *)
  let result = ref [] in
  List.iter
    (fun entry ->
      if strip entry <> "" then begin
        let key, eq, rest = partition_eq entry in
        if not eq then invalid_arg ("missing '=' in entry " ^ entry);
        let key = strip key in
        (* result[key] = []: the key keeps its place, its list starts again *)
        if List.mem_assoc key !result then result := List.map (fun (k, v) -> if k = key then (k, []) else (k, v)) !result
        else result := !result @ [ (key, []) ];
        let items = List.filter (fun item -> strip item <> "") (split_on rest ",") in
        let values = List.map py_int items in
        result := List.map (fun (k, v) -> if k = key then (k, v @ values) else (k, v)) !result
      end)
    (split_on text sep);
  !result
