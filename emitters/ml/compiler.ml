(* testcompiler's compile server for OCaml's warm worker (emitters/ml/build.py builds it natively, with the
   compiler's own libraries). The toplevel compiles a program with a compiler that is itself bytecode, 26 ms
   a harness; this is the same compiler (ocamlc's passes, flags and checks) run as native code, 3-5 ms.

     compiler -prelude FILE.ml   compile the harness prelude (FILE.cmi, FILE.cmo), once per machine
     compiler DIR                serve: read "<directory>\t<file>" lines, compile each file in its directory
                                 as ./<file> (the path `ocaml` shows for the one command: X.ml to X.cmo)
                                 with DIR's prelude opened, and answer OK; NO where the worker must
                                 compile it in the toplevel instead (an error, or a module outside the
                                 standard library and the prelude, which the toplevel has not loaded);
                                 COLD where only a process of its own runs it as `ocaml` would (below)

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

(* Whether [text] holds [word]; with [alone], as a word of its own (Toploop, not Toploops). *)
let holds ?(alone = false) text word =
  let n = String.length word and last = String.length text in
  let part i = alone && i >= 0 && i < last && (match text.[i] with
      | 'a' .. 'z' | 'A' .. 'Z' | '0' .. '9' | '_' | '\'' -> true | _ -> false) in
  let rec matches i j = j = n || (text.[i + j] = word.[j] && matches i (j + 1)) in
  let rec from i = i + n <= last && ((matches i 0 && not (part (i - 1)) && not (part (i + n))) || from (i + 1)) in
  from 0

let read_file file =
  let channel = open_in_bin file in
  Fun.protect ~finally:(fun () -> close_in channel)
    (fun () -> really_input_string channel (in_channel_length channel))

(* The compiler's own modules: the worker's toplevel knows some (those its script read), which `ocaml main.ml`
   does not, so a program that names one and compiles only there runs in a process of its own. *)
let compiler_modules =
  let dir = Filename.concat Config.standard_library "compiler-libs" in
  (try Array.to_list (Sys.readdir dir) with Sys_error _ -> [])
  |> List.filter (fun file -> Filename.check_suffix file ".cmi")
  |> List.map (fun file -> String.capitalize_ascii (Filename.chop_suffix file ".cmi"))

(* The harness's prelude is loaded in the worker once, and each program arrives without it: compiled with it
   opened, before the solution, where `ocaml main.ml` has it after. That is the same program unless the
   solution's top level binds a name the prelude's text holds (a [print_string] or an [exit] of its own, a
   type with a [None] constructor, an operator), or brings names in unseen (an open, an include) or changes
   how what follows compiles (an attribute): then the prelude would use the solution's, and such a program
   runs in a process of its own (COLD). (A solution naming the harness's own __tc_ names never gets here: the
   executor sends it to a process.) [prelude_words]: every name in the prelude's text, a superset of those it
   uses. *)
let prelude_words : (string, unit) Hashtbl.t = Hashtbl.create 512

let read_prelude_words file =
  let lexbuf = Lexing.from_string (read_file file) in
  Lexer.init ();
  let rec loop () = match Lexer.token lexbuf with
    | Parser.EOF -> ()
    | Parser.LIDENT word | Parser.UIDENT word -> Hashtbl.replace prelude_words word (); loop ()
    | _ -> loop () in
  loop ()

let rec pattern_names (pattern : Parsetree.pattern) =
  match pattern.ppat_desc with
  | Ppat_any | Ppat_construct ({ txt = Lident "()"; _ }, None) -> Some []
  | Ppat_var name -> Some [name.txt]
  | Ppat_alias (inner, name) -> Option.map (List.cons name.txt) (pattern_names inner)
  | Ppat_constraint (inner, _) -> pattern_names inner
  | Ppat_tuple items ->
    List.fold_left (fun acc item -> match acc, pattern_names item with
        | Some a, Some b -> Some (a @ b) | _ -> None) (Some []) items
  | _ -> None

(* The names a top-level item binds, or None where they cannot be told from it alone. *)
let bound (item : Parsetree.structure_item) =
  let names f list = Some (List.concat_map f list) in
  let constructors (declaration : Parsetree.type_declaration) =
    declaration.ptype_name.txt :: (match declaration.ptype_kind with
        | Ptype_variant cases -> List.map (fun (c : Parsetree.constructor_declaration) -> c.pcd_name.txt) cases
        | Ptype_record fields -> List.map (fun (f : Parsetree.label_declaration) -> f.pld_name.txt) fields
        | Ptype_abstract | Ptype_open -> []) in
  match item.pstr_desc with
  | Pstr_eval _ -> Some []
  | Pstr_value (_, bindings) ->
    List.fold_left (fun acc (binding : Parsetree.value_binding) -> match acc, pattern_names binding.pvb_pat with
        | Some a, Some b -> Some (a @ b) | _ -> None) (Some []) bindings
  | Pstr_primitive value -> Some [value.pval_name.txt]
  | Pstr_type (_, declarations) -> names constructors declarations
  | Pstr_typext extension ->
    names (fun (c : Parsetree.extension_constructor) -> [c.pext_name.txt]) extension.ptyext_constructors
  | Pstr_exception exn -> Some [exn.ptyexn_constructor.pext_name.txt]
  | Pstr_module binding -> Some (Option.to_list binding.pmb_name.txt)
  | Pstr_recmodule bindings -> names (fun (b : Parsetree.module_binding) -> Option.to_list b.pmb_name.txt) bindings
  | Pstr_modtype declaration -> Some [declaration.pmtd_name.txt]
  | Pstr_class classes -> names (fun (c : _ Parsetree.class_infos) -> [c.pci_name.txt]) classes
  | Pstr_class_type classes -> names (fun (c : _ Parsetree.class_infos) -> [c.pci_name.txt]) classes
  | Pstr_open _ | Pstr_include _ | Pstr_attribute _ | Pstr_extension _ -> None

let plain name = match name.[0] with 'a' .. 'z' | 'A' .. 'Z' | '_' -> true | _ -> false | exception _ -> false

let apart (structure : Parsetree.structure) =
  List.for_all (fun item -> match bound item with
      | None -> false
      | Some names -> List.for_all (fun name -> plain name && not (Hashtbl.mem prelude_words name)) names)
    structure

type verdict = Compiled | Toplevel | Cold

(* How [source] runs: Compiled (to X.cmo beside it: bytecode that loads and runs as the toplevel would run the
   file), Toplevel (compiled there instead, as before) or Cold (in a process of its own). The interfaces read
   (the standard library's and the prelude's) stay loaded from one program to the next, as the toplevel keeps
   them from one phrase to the next (2 ms a program less than ocamlc's reload); no program's own interface is
   written or kept. Anything else a program brought in, or a failure, clears all. *)
let compile source =
  let text = read_file source in
  let prefix = Filename.remove_extension source in
  let module_name = Compenv.module_of_filename source prefix in
  Env.reset_cache_toplevel ();
  Env.set_unit_name module_name;
  let info = { Compile_common.module_name; output_prefix = prefix; env = Compmisc.initial_env ();
               source_file = source; ppf_dump = Format.err_formatter; tool_name = "ocamlc"; native = false } in
  let toplevel () = if List.exists (holds ~alone:true text) compiler_modules then Cold else Toplevel in
  match Compile_common.parse_impl info with
  | exception _ -> toplevel ()  (* a syntax error: the toplevel reports it, after what comes before it ran *)
  | parsed when not (apart parsed) -> Cold
  | parsed ->
    match to_bytecode info (Compile_common.typecheck_impl info parsed); Warnings.check_fatal () with
    | exception _ -> Compmisc.init_path (); toplevel ()
    | () ->
      let linked = List.for_all (fun (name, _) -> name = module_name || linkable name) (Env.imports ()) in
      if not linked then Compmisc.init_path ();
      if linked && not (List.exists (holds text) toplevel_only) then Compiled else toplevel ()

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
    read_prelude_words (Filename.concat dir (String.uncapitalize_ascii prelude_module ^ ".ml"));
    print_endline "READY";
    (try
       while true do
         let verdict = match String.split_on_char '\t' (input_line stdin) with
           | [dir; file] -> (try Sys.chdir dir; compile (Filename.concat Filename.current_dir_name file)
                             with _ -> Toplevel)
           | _ -> Toplevel in
         print_endline (match verdict with Compiled -> "OK" | Toplevel -> "NO" | Cold -> "COLD")
       done
     with End_of_file -> ())
  | _ -> prerr_endline "usage: compiler -prelude FILE.ml | compiler DIR"; exit 2
