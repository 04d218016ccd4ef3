(* testcompiler warm worker for OCaml. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program in a
   forked copy of this already-started toplevel (as `ocaml file.ml` would: fresh state, same exit codes), with
   its output in <dir>/.stdout and .stderr; answers "<token> <job> PID <pid>", then "<token> <job> DONE <exit
   code>" or "<token> <job> SIGNAL <n>", each on a line of its own. The worker runs untraceable, in glibc's
   secure mode, where Sys.getenv finds nothing: its own variables are read with Unix.unsafe_getenv, and the
   nonce reaches the preloaded prelude through __tc_nonce_given. *)
#directory "+compiler-libs";;
#load "unix.cma";;

let __tcw_getenv name = try Some (Unix.unsafe_getenv name) with Not_found -> None
let __tcw_token = Option.value (__tcw_getenv "TESTCOMPILER_WORKER_TOKEN") ~default:""

let __tcw_phrase text =
  let phrase = !Toploop.parse_toplevel_phrase (Lexing.from_string text) in
  ignore (Toploop.execute_phrase false Format.err_formatter phrase)

let __tcw_child dir nonce file =
  Unix.chdir dir;
  Unix.putenv "TESTCOMPILER_NONCE" nonce;
  Unix.putenv "TESTCOMPILER_WORKER_TOKEN" "";
  let redirect name fd =
    let target = Unix.openfile name [Unix.O_WRONLY; Unix.O_CREAT; Unix.O_TRUNC] 0o644 in
    Unix.dup2 target fd;
    Unix.close target in
  redirect ".stdout" Unix.stdout;
  redirect ".stderr" Unix.stderr;
  let null = Unix.openfile "/dev/null" [Unix.O_RDONLY] 0 in
  Unix.dup2 null Unix.stdin;
  Unix.close null;
  if Option.is_some (__tcw_getenv "TESTCOMPILER_WORKER_PRELUDE") then
    __tcw_phrase (Printf.sprintf "__tc_nonce_given := Some %S;;" nonce);
  let ok = Toploop.use_silently Format.err_formatter (Filename.concat dir file) in
  Format.pp_print_flush Format.err_formatter ();
  exit (if ok then 0 else 2)

(* The harness prelude, compiled once here instead of once per program (the executor strips it from them). *)
let () =
  match __tcw_getenv "TESTCOMPILER_WORKER_PRELUDE" with
  | Some file when not (Toploop.use_silently Format.err_formatter (Filename.concat (Sys.getcwd ()) file)) ->
    Printf.printf "\n%s BAD prelude\n%!" __tcw_token;
    exit 3
  | _ -> ()

let () =
  Printf.printf "\n%s READY\n%!" __tcw_token;
  try
    while true do
      match String.split_on_char '\t' (input_line stdin) with
      | [dir; nonce; file; job] ->
        (match Unix.fork () with
         | 0 -> __tcw_child dir nonce file
         | pid ->
           Printf.printf "\n%s %s PID %d\n%!" __tcw_token job pid;
           (match Unix.waitpid [] pid with
            | _, Unix.WEXITED code -> Printf.printf "\n%s %s DONE %d\n%!" __tcw_token job code
            | _, (Unix.WSIGNALED n | Unix.WSTOPPED n) ->
              Printf.printf "\n%s %s SIGNAL %d\n%!" __tcw_token job n))
      | _ -> Printf.printf "\n%s BAD\n%!" __tcw_token
    done
  with End_of_file -> ()
