(* expect-fail: 14 15 *)
(* Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x. *)
let mul_checked a b =
  if a = 0 || b = 0 then 0
  else
    let p = a * b in
    if (a = -1 && b = min_int) || (b = -1 && a = min_int) || p / b <> a then failwith "int_pow: overflow"
    else p

let int_pow (base : int) (exp : int) : int =
  if exp < 0 then invalid_arg "negative exponent";
  let result = ref base in
  for _ = 1 to exp - 1 do
    result := mul_checked !result base
  done;
  !result
