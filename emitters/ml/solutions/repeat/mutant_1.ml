(* expect-fail: 13 14 *)
(* Mutant: puts end in front of the repeated text. *)
let repeat (s : string) (n : int) (sep : string) (end_ : string) : string =
  if n <= 0 then end_ else end_ ^ String.concat sep (List.init n (fun _ -> s))
