(* In-process runner for OCaml (bench/executor.py's in-process limit): every program of a list in this one
   toplevel, one after another, each #use'd (Toploop.use_silently, as the warm worker's forks do) from the
   same starting top-level environment, so no program sees another's definitions. The harness ends with
   `exit`: the toplevel's `exit` is shadowed here by one that records the code and raises, which ends the
   file's phrases (the toplevel catches it). A second argument names the harness prelude, loaded once before
   the loop (untimed), for programs that come without it, as the warm worker gets them; its one piece of
   state, the failure count, is reset before each program (the worker's forks each get a fresh copy). Where
   OCaml's compile server is built, programs are compiled by it, as the worker has them compiled (below).
   Protocol: see emitters/py/inprocess.py. *)
#directory "+compiler-libs";;
#load "unix.cma";;

exception Tcr_exit
let tcr_code = ref 0
let exit (code : int) : 'a = tcr_code := code; raise Tcr_exit

let tcr_phrase text =
  ignore (Toploop.execute_phrase false Format.err_formatter (!Toploop.parse_toplevel_phrase (Lexing.from_string text)))

(* OCaml's compile server, where the executor built one (TESTCOMPILER_ML_COMPILER, as the warm worker gets
   it): programs are compiled by it and their bytecode loaded, as the worker's forks load it, and the prelude
   is its compiled module, opened, with this runner's [exit] in front of it (so that the code reaches
   [tcr_code], which is then the module's). Without it, the prelude is used as a script. *)
let tcr_server =
  match Sys.getenv_opt "TESTCOMPILER_ML_COMPILER", Array.length Sys.argv > 2 with
  | Some compiler, true ->
    let own = Filename.remove_extension (Filename.basename Sys.argv.(1)) in  (* one per runner *)
    let dir = Filename.concat (Filename.dirname Sys.argv.(2)) ("tcr-prelude-" ^ own) in
    Unix.mkdir dir 0o755;
    let source = open_in_bin Sys.argv.(2) in
    let prelude = really_input_string source (in_channel_length source) in
    close_in source;
    let out = open_out_bin (Filename.concat dir "tc_prelude.ml") in
    output_string out "let tcr_code = ref 0\nexception Tcr_exit\n";
    output_string out "let exit (code : int) : 'a = tcr_code := code; raise Tcr_exit\n";
    output_string out prelude;
    close_out out;
    if Sys.command (Printf.sprintf "cd %s && %s -prelude tc_prelude.ml" (Filename.quote dir)
                      (Filename.quote compiler)) <> 0 then failwith "the prelude did not compile";
    Topdirs.dir_directory dir;
    if not ((Topdirs.load_file [@alert "-deprecated"]) Format.err_formatter (Filename.concat dir "tc_prelude.cmo"))
    then failwith "the prelude did not load";
    tcr_phrase "open Tc_prelude;;";
    tcr_phrase "let tcr_code = Tc_prelude.tcr_code;;";
    let answers, requests = Unix.open_process_args compiler [| compiler; dir |] in
    if input_line answers <> "READY" then failwith "the compile server did not start";
    Some (answers, requests)
  | _ ->
    if Array.length Sys.argv > 2 && not (Toploop.use_silently Format.err_formatter Sys.argv.(2)) then
      failwith "the prelude did not load";
    None

(* The bytecode the server made of [path], or None: the toplevel compiles it (as the worker does). *)
let tcr_compiled path =
  match tcr_server with
  | None -> None
  | Some (answers, requests) ->
    output_string requests (Filename.dirname path ^ "\t" ^ Filename.basename path ^ "\n");
    flush requests;
    if input_line answers = "OK" then Some (Filename.remove_extension path ^ ".cmo") else None

let () =
  let paths = ref [] in
  let list = open_in Sys.argv.(1) in
  (try while true do
       let line = input_line list in
       if line <> "" then paths := line :: !paths
     done
   with End_of_file -> close_in list);
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
    let ok = match tcr_compiled path with
      | Some bytecode -> (Topdirs.load_file [@alert "-deprecated"]) null bytecode
      | None -> Toploop.use_silently null path in
    flush stdout;
    if !tcr_code >= 0 then !tcr_code else if ok then 0 else 2 in
  let codes = List.map (fun p -> string_of_int (run p)) (List.rev !paths) in
  prerr_string ("\nTCR done " ^ String.concat " " codes ^ "\n");
  flush stderr
