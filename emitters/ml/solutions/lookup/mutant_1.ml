(* expect-fail: 17 18 *)
(* Mutant: `table.get(key) or default` also replaces an empty-string value. *)
let lookup (table : (int * string) list) (key : int) (default : string option) : string option =
  match List.assoc_opt key table with
  | Some v when v <> "" -> Some v
  | _ -> default
