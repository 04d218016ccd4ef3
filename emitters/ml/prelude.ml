(* read when reporting, not when defined: a warm worker loads this prelude once for many programs, and gives
   each its nonce here (in the worker, Sys.getenv finds nothing) *)
let __tc_nonce_given : string option ref = ref None
let __tc_nonce () =
  match !__tc_nonce_given with
  | Some n -> n
  | None -> (match Sys.getenv_opt "{{ NONCE_VARIABLE }}" with Some n -> n | None -> "{{ DEFAULT_NONCE }}")
let __tc_failures = ref 0

(* Python's == on the values these stand for, one combinator per type: floats within tol, dicts
   (association lists) regardless of order, sets (lists) as sets, options and tuples structurally. *)
let __tc_float_eq (rel, abs_tol, strict) (a : float) (b : float) =
  if Float.is_nan a && Float.is_nan b then true
  else if a = b then true
  else
    let diff = Float.abs (a -. b) in
    let bound = Float.max (rel *. Float.max (Float.abs a) (Float.abs b)) abs_tol in
    if strict then diff < bound else diff <= bound
let __tc_int_eq (a : int) (b : int) = a = b
let __tc_bool_eq (a : bool) (b : bool) = a = b
let __tc_str_eq (a : string) (b : string) = String.equal a b
let __tc_none_eq () () = true
let __tc_list_eq eq a b = List.length a = List.length b && List.for_all2 eq a b
let __tc_set_eq eq a b =
  List.for_all (fun x -> List.exists (eq x) b) a && List.for_all (fun y -> List.exists (fun x -> eq x y) a) b
let __tc_dict_eq ek ev a b =
  let pair (k1, v1) (k2, v2) = ek k1 k2 && ev v1 v2 in
  List.length a = List.length b && __tc_set_eq pair a b
let __tc_option_eq eq a b = match a, b with
  | None, None -> true
  | Some x, Some y -> eq x y
  | _ -> false

let __tc_int_truthy v = v <> 0
let __tc_float_truthy v = v <> 0.0
let __tc_bool_truthy v = v
let __tc_str_truthy v = v <> ""
let __tc_none_truthy () = false
let __tc_list_truthy _ v = v <> []
let __tc_option_truthy truthy v = match v with None -> false | Some x -> truthy x

let __tc_int_show = string_of_int
let __tc_float_show v =
  let s = Printf.sprintf "%.15g" v in
  let s = if float_of_string s = v then s else Printf.sprintf "%.17g" v in
  if String.contains s '.' || String.contains s 'e' || String.contains s 'n' || String.contains s 'i' then s
  else s ^ "."
let __tc_bool_show = string_of_bool
let __tc_str_show v = Printf.sprintf "%S" v
let __tc_none_show () = "()"
let __tc_list_show show v = "[" ^ String.concat "; " (List.map show v) ^ "]"
let __tc_dict_show sk sv v =
  "[" ^ String.concat "; " (List.map (fun (k, x) -> "(" ^ sk k ^ ", " ^ sv x ^ ")") v) ^ "]"
let __tc_option_show show v = match v with None -> "None" | Some x -> "Some (" ^ show x ^ ")"

let __tc_one_line s = String.concat "\\n" (String.split_on_char '\n' s)

let __tc_report index status detail =
  let detail = if detail = "" then "" else " " ^ __tc_one_line detail in
  print_string (Printf.sprintf "%s %d %s%s" (__tc_nonce ()) index status detail);
  print_newline ();
  if status <> "pass" then incr __tc_failures

let __tc_check index thunk =
  match thunk () with
  | (true, _) -> __tc_report index "pass" ""
  | (false, shown) -> __tc_report index "fail" ("got " ^ Lazy.force shown)
  | exception Out_of_memory -> __tc_report index "oom" "Out_of_memory"
  | exception e -> __tc_report index "error" (Printexc.to_string e)

let __tc_raises index thunk =
  match thunk () with
  | () -> __tc_report index "fail" "no exception raised"
  | exception Out_of_memory -> __tc_report index "oom" "Out_of_memory"
  | exception _ -> __tc_report index "pass" ""

let __tc_emit index kind detail =
  print_string (Printf.sprintf "%s %d %s %s" (__tc_nonce ()) index kind (__tc_one_line detail));
  print_newline ()

(* The value the call returned, for the executor to judge (the expected value is not in this program). *)
let __tc_observe index thunk =
  match thunk () with
  | shown -> __tc_emit index "value" shown
  | exception Out_of_memory -> __tc_emit index "oom" "Out_of_memory"
  | exception e -> __tc_emit index "error" (Printexc.to_string e)

let __tc_finish_observed () =
  print_string (__tc_nonce () ^ " done");
  print_newline ();
  exit 0

let __tc_finish count =
  print_string (Printf.sprintf "%s done %d %d" (__tc_nonce ()) (count - !__tc_failures) !__tc_failures);
  print_newline ();
  exit (if !__tc_failures = 0 then 0 else 1)
