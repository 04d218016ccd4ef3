(* testcompiler warm worker for OCaml. Reads "<dir>\t<nonce>\t<file>" lines; runs each program in a forked
   copy of this already-started toplevel (as `ocaml file.ml` would: fresh state, same exit codes), with its
   output in <dir>/.stdout and .stderr; answers "<token> PID <pid>", then "<token> DONE <exit code>" or
   "<token> SIGNAL <n>". *)
#directory "+compiler-libs";;
#load "unix.cma";;

let __tcw_token = try Sys.getenv "TESTCOMPILER_WORKER_TOKEN" with Not_found -> ""

let __tcw_child dir nonce file =
  Unix.chdir dir;
  Unix.putenv "TESTCOMPILER_NONCE" nonce;
  let redirect name fd =
    let target = Unix.openfile name [Unix.O_WRONLY; Unix.O_CREAT; Unix.O_TRUNC] 0o644 in
    Unix.dup2 target fd;
    Unix.close target in
  redirect ".stdout" Unix.stdout;
  redirect ".stderr" Unix.stderr;
  let ok = Toploop.use_silently Format.err_formatter (Filename.concat dir file) in
  Format.pp_print_flush Format.err_formatter ();
  exit (if ok then 0 else 2)

(* The harness prelude, compiled once here instead of once per program (the executor strips it from them). *)
let () =
  match Sys.getenv_opt "TESTCOMPILER_WORKER_PRELUDE" with
  | Some file when not (Toploop.use_silently Format.err_formatter (Filename.concat (Sys.getcwd ()) file)) ->
    Printf.printf "%s BAD prelude\n%!" __tcw_token;
    exit 3
  | _ -> ()

let () =
  Printf.printf "%s READY\n%!" __tcw_token;
  try
    while true do
      match String.split_on_char '\t' (input_line stdin) with
      | [dir; nonce; file] ->
        (match Unix.fork () with
         | 0 -> __tcw_child dir nonce file
         | pid ->
           Printf.printf "%s PID %d\n%!" __tcw_token pid;
           (match Unix.waitpid [] pid with
            | _, Unix.WEXITED code -> Printf.printf "%s DONE %d\n%!" __tcw_token code
            | _, (Unix.WSIGNALED n | Unix.WSTOPPED n) -> Printf.printf "%s SIGNAL %d\n%!" __tcw_token n))
      | _ -> Printf.printf "%s BAD\n%!" __tcw_token
    done
  with End_of_file -> ()
