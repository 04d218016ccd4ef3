let safe_div (a : float) (b : float) (strict : bool) : float option =
  if b = 0.0 then (if strict then raise Division_by_zero else None) else Some (a /. b)
