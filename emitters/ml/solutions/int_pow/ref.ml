(* Python ints never overflow; an OCaml int has 63 bits, so a result that does not fit raises instead of
   silently wrapping around. *)
let mul_checked a b =
  if a = 0 || b = 0 then 0
  else
    let p = a * b in
    if (a = -1 && b = min_int) || (b = -1 && a = min_int) || p / b <> a then failwith "int_pow: overflow"
    else p

let int_pow (base : int) (exp : int) : int =
  if exp < 0 then invalid_arg "negative exponent";
  match base with
  | 0 -> if exp = 0 then 1 else 0
  | 1 -> 1
  | -1 -> if exp land 1 = 0 then 1 else -1
  | _ ->
    let result = ref 1 in
    for _ = 1 to exp do
      result := mul_checked !result base
    done;
    !result
