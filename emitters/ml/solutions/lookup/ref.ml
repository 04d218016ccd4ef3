let lookup (table : (int * string) list) (key : int) (default : string option) : string option =
  match List.assoc_opt key table with
  | Some v -> Some v
  | None -> default
