(* testcompiler's compile server for OCaml's warm worker (emitters/ml/build.py builds it natively, with the
   compiler's own libraries). The toplevel compiles a program with a compiler that is itself bytecode, 26 ms
   a harness; this is the same compiler (ocamlc's passes, flags and checks) run as native code, 3-5 ms.

     compiler -prelude FILE.ml   compile the harness prelude (FILE.cmi, FILE.cmo), once per machine
     compiler DIR                serve: read "<directory>\t<file>" lines, compile each file in its directory
                                 as ./<file> (the path `ocaml` shows for the one command: X.ml to X.cmo)
                                 with DIR's prelude opened, and answer OK, or NO where the worker must
                                 compile it in the toplevel instead (an error, or a module outside the
                                 standard library and the prelude, which the toplevel has not loaded)

   It never runs a program: what it makes, the worker's forked child loads. *)

let prelude_module = "Tc_prelude"

(* Modules a compiled program may link to: those the toplevel already holds (it links the whole standard
   library), and the prelude it loaded. Any other (Str, Unix, ...) is left to the toplevel's own way. *)
let linkable name =
  let starts prefix = String.length name >= String.length prefix
                      && String.sub name 0 (String.length prefix) = prefix in
  name = "Stdlib" || starts "Stdlib__" || starts "Camlinternal" || name = prelude_module

(* What the toplevel would name otherwise: a compiled unit's module path in its exceptions' (and other
   extension constructors') names, which Printexc shows (Main.E(2), where the toplevel says E(2)); and words
   whose value is that path or a backtrace (the toplevel's has its own frames), left to the toplevel itself. *)
let toplevel_only = ["__MODULE__"; "__FUNCTION__"; "backtrace"; "callstack"]

let unqualify unit_name =
  let prefix = unit_name ^ "." in
  let cut = String.length prefix in
  Lambda.map (function
      | Lambda.Lprim (Pmakeblock (tag, mutability, shape),
                      [Lconst (Const_base (Const_string (name, at, delimiter))); id], where)
        when tag = Obj.object_tag && String.length name > cut && String.sub name 0 cut = prefix ->
        let name = String.sub name cut (String.length name - cut) in
        Lambda.Lprim (Pmakeblock (tag, mutability, shape),
                      [Lconst (Const_base (Const_string (name, at, delimiter))); id], where)
      | lambda -> lambda)

(* ocamlc's own steps (Compile.to_bytecode), the names made the toplevel's between translation and the rest *)
let to_bytecode (info : Compile_common.info) (typed : Typedtree.implementation) =
  let program = Translmod.transl_implementation info.module_name (typed.structure, typed.coercion) in
  let code = unqualify info.module_name program.code |> Simplif.simplify_lambda
             |> Bytegen.compile_implementation info.module_name in
  Compile.emit_bytecode info (code, program.required_globals)

let mentions text word =
  let n = String.length word in
  let rec matches i j = j = n || (text.[i + j] = word.[j] && matches i (j + 1)) in
  let rec from i = i + n <= String.length text && (matches i 0 || from (i + 1)) in
  from 0

(* Whether [source] compiled (to X.cmo beside it) into bytecode that loads and runs as the toplevel would run
   the file. The interfaces read (the standard library's and the prelude's) stay loaded from one program to
   the next, as the toplevel keeps them from one phrase to the next (2 ms a program less than ocamlc's
   reload); no program's own interface is written or kept. Anything else a program brought in, or a failure,
   clears all. *)
let compile source =
  let text =
    let channel = open_in_bin source in
    Fun.protect ~finally:(fun () -> close_in channel)
      (fun () -> really_input_string channel (in_channel_length channel)) in
  let prefix = Filename.remove_extension source in
  let module_name = Compenv.module_of_filename source prefix in
  Env.reset_cache_toplevel ();
  Env.set_unit_name module_name;
  let info = { Compile_common.module_name; output_prefix = prefix; env = Compmisc.initial_env ();
               source_file = source; ppf_dump = Format.err_formatter; tool_name = "ocamlc"; native = false } in
  match Compile_common.implementation info ~backend:to_bytecode with
  | exception error -> Compmisc.init_path (); raise error
  | () ->
    let linked = List.for_all (fun (name, _) -> name = module_name || linkable name) (Env.imports ()) in
    if not linked then Compmisc.init_path ();
    linked && not (List.exists (mentions text) toplevel_only)

let () =
  ignore (Warnings.parse_options false "-a");  (* as the toplevel's script mode: no warning is an error *)
  match Sys.argv with
  | [| _; "-prelude"; file |] ->
    Compmisc.init_path ();
    (try
       Compile_common.with_info ~native:false ~tool_name:"ocamlc" ~source_file:file
         ~output_prefix:(Filename.remove_extension file) ~dump_ext:"cmo"
         (fun info -> Compile_common.implementation info ~backend:to_bytecode)
     with exn -> Location.report_exception Format.err_formatter exn; exit 2)
  | [| _; dir |] ->
    Clflags.include_dirs := [dir];
    Clflags.open_modules := [prelude_module];
    Clflags.dont_write_files := true;  (* but the bytecode: no program's interface, kept or written *)
    (* a third of a compile was the collector's at its defaults (perf): 16 MB of minor heap, lazier marking *)
    Gc.set { (Gc.get ()) with minor_heap_size = 2 lsl 20; space_overhead = 200 };
    Compmisc.init_path ();
    print_endline "READY";
    (try
       while true do
         let ok = match String.split_on_char '\t' (input_line stdin) with
           | [dir; file] -> (try Sys.chdir dir; compile (Filename.concat Filename.current_dir_name file)
                             with _ -> false)
           | _ -> false in
         print_endline (if ok then "OK" else "NO")
       done
     with End_of_file -> ())
  | _ -> prerr_endline "usage: compiler -prelude FILE.ml | compiler DIR"; exit 2
