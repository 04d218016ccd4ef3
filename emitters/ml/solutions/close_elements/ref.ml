let has_close_elements (numbers : float list) (threshold : float) : bool =
  let rec close = function
    | a :: (b :: _ as rest) -> b -. a < threshold || close rest
    | _ -> false
  in
  close (List.sort compare numbers)
