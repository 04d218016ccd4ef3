let repeat (s : string) (n : int) (sep : string) (end_ : string) : string =
  if n <= 0 then end_ else String.concat sep (List.init n (fun _ -> s)) ^ end_
