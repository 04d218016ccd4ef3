(* testcompiler warm worker for OCaml. Reads "<dir>\t<nonce>\t<file>\t<job>" lines; runs each program in a
   forked copy of this already-started toplevel (as `ocaml file.ml` would: fresh state, same exit codes), with
   its output in <dir>/.stdout and .stderr; answers "<token> <job> PID <pid>", then "<token> <job> DONE <exit
   code>" or "<token> <job> SIGNAL <n>", or, for a program that must run in a process of its own instead,
   "<token> <job> COLD <why>", each on a line of its own. The worker runs untraceable, in glibc's secure
   mode, where Sys.getenv finds nothing: its own variables are read with Unix.unsafe_getenv, and the nonce
   reaches the preloaded prelude through __tc_nonce_given.

   The worker starts the compile server (emitters/ml/build.py) first (READY names its pid, so that the
   executor spares it when it clears a program's processes), loads the prelude the server compiled, and has
   each program compiled by it before the fork: the child loads the bytecode, as the toplevel would load its
   own, without compiling. A program the server cannot compile so is compiled in the toplevel, as before;
   one that could tell the prelude came first (compiler.ml), and every program once the server is gone, runs
   in a process of its own. *)
#directory "+compiler-libs";;
#load "unix.cma";;

let __tcw_getenv name = try Some (Unix.unsafe_getenv name) with Not_found -> None
let __tcw_token = Option.value (__tcw_getenv "TESTCOMPILER_WORKER_TOKEN") ~default:""

let __tcw_phrase text =
  let phrase = !Toploop.parse_toplevel_phrase (Lexing.from_string text) in
  ignore (Toploop.execute_phrase false Format.err_formatter phrase)

(* The compile server: a native process of the same uid and groups (as untraceable as the worker), spoken to
   through two pipes no program inherits. *)
type __tcw_server = { pid : int; requests : out_channel; answers : in_channel; prelude_dir : string }

let __tcw_server : __tcw_server option ref = ref None

let __tcw_stop_server () =
  Option.iter (fun server ->
      close_out_noerr server.requests;
      close_in_noerr server.answers;
      (try Unix.kill server.pid Sys.sigkill with Unix.Unix_error _ -> ());
      (try ignore (Unix.waitpid [] server.pid) with Unix.Unix_error _ -> ()))
    !__tcw_server;
  __tcw_server := None

let () =
  match __tcw_getenv "TESTCOMPILER_ML_COMPILER", __tcw_getenv "TESTCOMPILER_ML_PRELUDE_DIR" with
  | Some executable, Some prelude_dir ->
    (try
       (* a server gone makes writes fail instead of ending the worker; each child restores SIGPIPE *)
       Sys.set_signal Sys.sigpipe Sys.Signal_ignore;
       let request_out, request_in = Unix.pipe ~cloexec:true () in
       let answer_out, answer_in = Unix.pipe ~cloexec:true () in
       let null = Unix.openfile "/dev/null" [Unix.O_WRONLY; Unix.O_CLOEXEC] 0 in
       let pid = Unix.create_process executable [| executable; prelude_dir |] request_out answer_in null in
       List.iter Unix.close [request_out; answer_in; null];
       let server = { pid; requests = Unix.out_channel_of_descr request_in;
                      answers = Unix.in_channel_of_descr answer_out; prelude_dir } in
       __tcw_server := Some server;
       if input_line server.answers <> "READY" then __tcw_stop_server ()
       else Topdirs.dir_directory prelude_dir
     with Unix.Unix_error _ | Sys_error _ | End_of_file -> __tcw_stop_server ())
  | _ -> ()

(* How [file] in [dir] runs: the bytecode the server made of it (beside it), the toplevel's compile, or a
   process of its own (where it could tell the prelude was loaded before it; or with the server gone, as
   a server that fails once is given up for good). *)
type __tcw_way = Bytecode of string | Toplevel | Cold of string

let __tcw_compile dir file =
  match !__tcw_server with
  | None -> Cold "server"
  | Some server ->
    (try
       output_string server.requests (dir ^ "\t" ^ file ^ "\n");
       flush server.requests;
       match input_line server.answers with
       | "OK" -> Bytecode (Filename.concat dir (Filename.remove_extension file ^ ".cmo"))
       | "COLD" -> Cold "program"
       | _ -> Toplevel
     with Sys_error _ | End_of_file -> __tcw_stop_server (); Cold "server")

(* In a forked child: nothing of the server's, and SIGPIPE as the program would have it. *)
let __tcw_leave_server () =
  Option.iter (fun server ->
      (try Unix.close (Unix.descr_of_out_channel server.requests) with Unix.Unix_error _ -> ());
      (try Unix.close (Unix.descr_of_in_channel server.answers) with Unix.Unix_error _ -> ()))
    !__tcw_server;
  Sys.set_signal Sys.sigpipe Sys.Signal_default

(* How a forked child hands its nonce to the prelude: set once the prelude is loaded, by a phrase compiled
   then rather than in every child. *)
let __tcw_give_nonce : (string -> unit) ref = ref ignore

let __tcw_child dir nonce file way =
  __tcw_leave_server ();
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
  !__tcw_give_nonce nonce;
  let ok = match way with
    | Bytecode bytecode -> (Topdirs.load_file [@alert "-deprecated"]) Format.err_formatter bytecode
    | _ -> Toploop.use_silently Format.err_formatter (Filename.concat Filename.current_dir_name file) in
  Format.pp_print_flush Format.err_formatter ();
  exit (if ok then 0 else 2)

(* The harness prelude, compiled once by the server instead of once per program (the executor strips it from
   them), loaded and opened. Without it every program runs in a process of its own: the prelude as a script
   here would give no way to tell which programs it changes. *)
let () =
  match !__tcw_server, __tcw_getenv "TESTCOMPILER_WORKER_PRELUDE" with
  | Some server, Some _
    when (Topdirs.load_file [@alert "-deprecated"]) Format.err_formatter
        (Filename.concat server.prelude_dir "tc_prelude.cmo") ->
    __tcw_phrase "open Tc_prelude;;";
    __tcw_phrase "__tcw_give_nonce := (fun nonce -> __tc_nonce_given := Some nonce);;"
  | _ -> __tcw_stop_server ()

let () =
  (* what `ocaml main.ml` cannot see, out of sight of the programs the toplevel compiles: the compiler's own
     modules (those this script has read stay known; the server sends a program naming one to a process) *)
  Topdirs.dir_remove_directory "+compiler-libs";
  Gc.compact ();  (* what the start-up left for the collector, gone before the first fork copies it *)
  let helper = match !__tcw_server with Some server -> Printf.sprintf " %d" server.pid | None -> "" in
  Printf.printf "\n%s READY%s\n%!" __tcw_token helper;
  try
    while true do
      match String.split_on_char '\t' (input_line stdin) with
      | [dir; nonce; file; job] ->
        (match __tcw_compile dir file with
         | Cold reason -> Printf.printf "\n%s %s COLD %s\n%!" __tcw_token job reason
         | way ->
         match Unix.fork () with
         | 0 -> __tcw_child dir nonce file way
         | pid ->
           Printf.printf "\n%s %s PID %d\n%!" __tcw_token job pid;
           (match Unix.waitpid [] pid with
            | _, Unix.WEXITED code -> Printf.printf "\n%s %s DONE %d\n%!" __tcw_token job code
            | _, (Unix.WSIGNALED n | Unix.WSTOPPED n) ->
              Printf.printf "\n%s %s SIGNAL %d\n%!" __tcw_token job n))
      | _ -> Printf.printf "\n%s BAD\n%!" __tcw_token
    done
  with End_of_file -> ()
