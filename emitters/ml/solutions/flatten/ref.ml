let flatten (nested : int list list) (depth : int) : int list =
  (* The items of nested are lists of ints, so one level of nesting can be removed. depth 0 would keep the
     inner lists, which an int list cannot hold. *)
  if depth = 0 then invalid_arg "flatten: depth 0 keeps the nested lists, which an int list cannot hold"
  else List.concat nested
