(* In-process runner for OCaml (bench/executor.py's in-process limit): every program of a list in this one
   toplevel, one after another, each #use'd (Toploop.use_silently, as the warm worker's forks do) from the
   same starting top-level environment, so no program sees another's definitions. The harness ends with
   `exit`: the toplevel's `exit` is shadowed here by one that records the code and raises, which ends the
   file's phrases (the toplevel catches it). A second argument names the harness prelude, loaded once before
   the loop (untimed), for programs that come without it, as the warm worker gets them; its one piece of
   state, the failure count, is reset before each program (the worker's forks each get a fresh copy).
   Protocol: see emitters/py/inprocess.py. *)
#directory "+compiler-libs";;

exception Tcr_exit
let tcr_code = ref 0
let exit (code : int) : 'a = tcr_code := code; raise Tcr_exit

let () =
  let paths = ref [] in
  let list = open_in Sys.argv.(1) in
  (try while true do
       let line = input_line list in
       if line <> "" then paths := line :: !paths
     done
   with End_of_file -> close_in list);
  if Array.length Sys.argv > 2 && not (Toploop.use_silently Format.err_formatter Sys.argv.(2)) then
    failwith "the prelude did not load";
  prerr_string "\nTCR ready\n";
  flush stderr;
  ignore (input_line stdin);
  let null = Format.make_formatter (fun _ _ _ -> ()) ignore in
  let start_env = !Toploop.toplevel_env in
  let reset = "__tc_failures := 0;;" in
  let run path =
    Toploop.toplevel_env := start_env;
    if Array.length Sys.argv > 2 then
      ignore (Toploop.execute_phrase false null (!Toploop.parse_toplevel_phrase (Lexing.from_string reset)));
    tcr_code := -1;
    let ok = Toploop.use_silently null path in
    flush stdout;
    if !tcr_code >= 0 then !tcr_code else if ok then 0 else 2 in
  let codes = List.map (fun p -> string_of_int (run p)) (List.rev !paths) in
  prerr_string ("\nTCR done " ^ String.concat " " codes ^ "\n");
  flush stderr
