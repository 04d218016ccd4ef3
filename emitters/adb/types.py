"""Ada's spelling of the IR's types, as MultiPL-E's translator (dataset_builder/humaneval_to_ada.py) names
them, and the harness's equality, printing and truthiness of each.

Ada declares a composite type before it is used, so a type is a name plus declarations: an ``int`` list at
the top of a signature is ``Integer_Array`` (``type Integer_Array is array (Positive range <>) of
Integer;``), inside a container an instance of ``Ada.Containers.Vectors`` (``Integer_Vector.Vector``); a
string is ``String`` at the top and ``Unbounded_String`` inside a container (a String has no fixed size);
tuples are records (``Integer_Integer_Tuple``, fields ``Integer_1``, ``Integer_2``); dicts and sets are
``Indefinite_Ordered_Maps`` / ``Indefinite_Ordered_Sets`` instances (keys and values top-level types);
Optional is a variant record (``Integer_Option``: ``Valid``, ``Value``). The prompt declares these in the
Placeholder package; the harness then writes ``Tc_Eq``, ``Tc_Show`` and ``Tc_Truthy`` for each, resolved by
Ada's overloading (the scalars' are in the prelude, Tc_Prelude).
"""

from __future__ import annotations

import re

from emitters.typed import Untypable
from ir import (
    BoolType,
    DictType,
    FloatType,
    IntType,
    ListType,
    NoneType,
    OptionalType,
    SetType,
    StrType,
    TupleType,
    Type,
)

# The imports MultiPL-E's prompt names, in a fixed order (its translator's are a set).
VECTORS = "with Ada.Containers.Vectors;"
MAPS = "with Ada.Containers.Indefinite_Ordered_Maps;"
SETS = "with Ada.Containers.Indefinite_Ordered_Sets;"
UNBOUNDED = "with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;"
IMPORT_ORDER = (VECTORS, MAPS, SETS, UNBOUNDED)
_INDENT = "   "


def valid_name(name: str) -> str:
    """MultiPL-E's make_valid_ada_name: every non-word character an underscore."""
    return re.sub(r"\W", "_", name)


def _ordered(t: Type) -> bool:
    """Whether Ada has ``<`` on the type: an ordered map's key or an ordered set's element."""
    return isinstance(t, IntType | FloatType | BoolType | StrType)


class AdaTypes:
    """The types of one suite: each IR type's Ada name, and the declarations and imports those names need
    (in the order Ada needs them: a component's before the type that holds it)."""

    def __init__(self) -> None:
        self.decls: list[str] = []
        self.imports: set[str] = set()
        # Ada name -> (kind, IR type, top) for the harness's functions
        self.kinds: dict[str, tuple[str, Type, bool]] = {}

    def _declare(self, decl: str) -> None:
        if decl not in self.decls:
            self.decls.append(decl)

    def name(self, t: Type, top: bool = True) -> str:
        """``t``'s Ada name, declaring what it needs; raises Untypable for what Ada cannot say here."""
        match t:
            case IntType():
                return "Integer"
            case FloatType():
                return "Float"
            case BoolType():
                return "Boolean"
            case StrType():
                if top:
                    return "String"
                self.imports.add(UNBOUNDED)
                return "Unbounded_String"
            case ListType(elem) | TupleType((elem,), True):
                element = self.name(elem, top=False)
                if top:
                    array = valid_name(f"{element}_Array")
                    self._declare(f"type {array} is array (Positive range <>) of {element};")
                    self.kinds[array] = ("array", t, top)
                    return array
                package = valid_name(f"{element}_Vector")
                self.imports.add(VECTORS)
                self._declare(
                    f"package {package} is new Ada.Containers.Vectors (Index_Type => Positive, "
                    f"Element_Type => {element});\n{_INDENT}use {package};"
                )
                self.kinds[f"{package}.Vector"] = ("vector", t, top)
                return f"{package}.Vector"
            case TupleType(items):
                if not items:
                    raise Untypable("an empty tuple has no Ada record")
                fields = [self.name(item, top=False) for item in items]
                record = valid_name("_".join(fields) + "_Tuple")
                lines = "".join(
                    f"{_INDENT * 2}{valid_name(f)}_{i} : {f};\n" for i, f in enumerate(fields, start=1)
                )
                self._declare(f"type {record} is record\n{lines}{_INDENT}end record;")
                self.kinds[record] = ("record", t, top)
                return record
            case DictType(key, value):
                if not _ordered(key):
                    raise Untypable(f"a dict keyed by {key}: an Ada ordered map needs < on its keys")
                key_name, value_name = self.name(key, top=True), self.name(value, top=True)
                package = valid_name(f"{key_name}_{value_name}_Dict")
                self.imports.add(MAPS)
                self._declare(
                    f"package {package} is new Ada.Containers.Indefinite_Ordered_Maps "
                    f"(Key_Type => {key_name}, Element_Type => {value_name});\n{_INDENT}use {package};"
                )
                self.kinds[f"{package}.Map"] = ("map", t, top)
                return f"{package}.Map"
            case SetType(elem):
                if not _ordered(elem):
                    raise Untypable(f"a set of {elem}: an Ada ordered set needs < on its items")
                element = self.name(elem, top=False)
                package = valid_name(f"{element}_Sets")
                self.imports.add(SETS)
                self._declare(
                    f"package {package} is new Ada.Containers.Indefinite_Ordered_Sets "
                    f"(Element_Type => {element});\n{_INDENT}use {package};"
                )
                self.kinds[f"{package}.Set"] = ("set", t, top)
                return f"{package}.Set"
            case OptionalType(inner):
                element = self.name(inner, top=False)
                option = valid_name(f"{element}_Option")
                self._declare(
                    f"type {option} (Valid : Boolean := False) is record\n{_INDENT * 2}case Valid is\n"
                    f"{_INDENT * 3}when True =>\n{_INDENT * 4}Value : {element};\n"
                    f"{_INDENT * 3}when False =>\n"
                    f"{_INDENT * 4}null;\n{_INDENT * 2}end case;\n{_INDENT}end record;"
                )
                self.kinds[option] = ("option", t, top)
                return option
            case NoneType():
                raise Untypable("None outside an Optional has no Ada type")
        raise Untypable(f"type {t} has no Ada type here")

    def import_lines(self) -> list[str]:
        return [line for line in IMPORT_ORDER if line in self.imports]

    # --- the harness's functions --------------------------------------------------------------------------

    def functions(self, t: Type, top: bool = True, done: set[str] | None = None) -> list[str]:
        """``Tc_Eq``, ``Tc_Show`` and ``Tc_Truthy`` for ``t`` and the types inside it, inner ones first (the
        scalars' are the prelude's)."""
        done = set() if done is None else done
        name = self.name(t, top)
        if name in done or name not in self.kinds:
            return []
        done.add(name)
        kind, _, _ = self.kinds[name]
        out: list[str] = []
        match t:
            case ListType(elem) | TupleType((elem,), True):
                out += self.functions(elem, False, done)
            case TupleType(items):
                for item in items:
                    out += self.functions(item, False, done)
            case DictType(key, value):
                out += self.functions(key, True, done) + self.functions(value, True, done)
            case SetType(elem) | OptionalType(elem):
                out += self.functions(elem, False, done)
        out.append(_FUNCTIONS[kind](self, name, t))
        return out


_HEAD = "   function Tc_Eq (A, B : {n}; Tol : Tc_Prelude.Tolerance) return Boolean"


def _array(types: AdaTypes, n: str, t: Type) -> str:
    return f"""{_HEAD.format(n=n)} is
   begin
      if A'Length /= B'Length then
         return False;
      end if;
      for I in 0 .. A'Length - 1 loop
         if not Tc_Eq (A (A'First + I), B (B'First + I), Tol) then
            return False;
         end if;
      end loop;
      return True;
   end Tc_Eq;
   function Tc_Show (V : {n}) return String is
      S : Unbounded_String := To_Unbounded_String ("[");
   begin
      for I in V'Range loop
         if I /= V'First then
            Append (S, ", ");
         end if;
         Append (S, Tc_Show (V (I)));
      end loop;
      return To_String (S) & "]";
   end Tc_Show;
   function Tc_Truthy (V : {n}) return Boolean is (V'Length > 0);
"""


def _vector(types: AdaTypes, n: str, t: Type) -> str:
    return f"""{_HEAD.format(n=n)} is
   begin
      if A.Length /= B.Length then
         return False;
      end if;
      for I in A.First_Index .. A.Last_Index loop
         if not Tc_Eq (A.Element (I), B.Element (I - A.First_Index + B.First_Index), Tol) then
            return False;
         end if;
      end loop;
      return True;
   end Tc_Eq;
   function Tc_Show (V : {n}) return String is
      S : Unbounded_String := To_Unbounded_String ("[");
   begin
      for I in V.First_Index .. V.Last_Index loop
         if I /= V.First_Index then
            Append (S, ", ");
         end if;
         Append (S, Tc_Show (V.Element (I)));
      end loop;
      return To_String (S) & "]";
   end Tc_Show;
   function Tc_Truthy (V : {n}) return Boolean is (not V.Is_Empty);
"""


def _record(types: AdaTypes, n: str, t: Type) -> str:
    assert isinstance(t, TupleType)
    fields = [f"{valid_name(types.name(item, False))}_{i}" for i, item in enumerate(t.items, start=1)]
    eq = " and then ".join(f"Tc_Eq (A.{f}, B.{f}, Tol)" for f in fields)
    shown = ' & ", " & '.join(f"Tc_Show (V.{f})" for f in fields)
    close = ",)" if len(fields) == 1 else ")"
    return f"""{_HEAD.format(n=n)} is ({eq});
   function Tc_Show (V : {n}) return String is ("(" & {shown} & "{close}");
   function Tc_Truthy (V : {n}) return Boolean is (True);
"""


def _option(types: AdaTypes, n: str, t: Type) -> str:
    return f"""{_HEAD.format(n=n)} is
     (A.Valid = B.Valid and then (not A.Valid or else Tc_Eq (A.Value, B.Value, Tol)));
   function Tc_Show (V : {n}) return String is
     (if V.Valid then "(Valid => True, Value => " & Tc_Show (V.Value) & ")" else "(Valid => False)");
   function Tc_Truthy (V : {n}) return Boolean is (V.Valid and then Tc_Truthy (V.Value));
"""


def _map(types: AdaTypes, n: str, t: Type) -> str:
    package = n.removesuffix(".Map")
    return f"""{_HEAD.format(n=n)} is
   begin
      if A.Length /= B.Length then
         return False;
      end if;
      for C in A.Iterate loop
         if not B.Contains ({package}.Key (C))
           or else not Tc_Eq ({package}.Element (C), B.Element ({package}.Key (C)), Tol)
         then
            return False;
         end if;
      end loop;
      return True;
   end Tc_Eq;
   function Tc_Show (V : {n}) return String is
      S : Unbounded_String;
   begin
      if V.Is_Empty then
         return "Empty_Map";
      end if;
      for C in V.Iterate loop
         Append (S, (if Length (S) = 0 then "[" else ", "));
         Append (S, Tc_Show ({package}.Key (C)) & " => " & Tc_Show ({package}.Element (C)));
      end loop;
      return To_String (S) & "]";
   end Tc_Show;
   function Tc_Truthy (V : {n}) return Boolean is (not V.Is_Empty);
"""


def _set(types: AdaTypes, n: str, t: Type) -> str:
    return f"""{_HEAD.format(n=n)} is
   begin
      if A.Length /= B.Length then
         return False;
      end if;
      for E of A loop
         if not B.Contains (E) then
            return False;
         end if;
      end loop;
      return True;
   end Tc_Eq;
   function Tc_Show (V : {n}) return String is
      S : Unbounded_String;
   begin
      if V.Is_Empty then
         return "Empty_Set";
      end if;
      for E of V loop
         Append (S, (if Length (S) = 0 then "{{" else ", "));
         Append (S, Tc_Show (E));
      end loop;
      return To_String (S) & "}}";
   end Tc_Show;
   function Tc_Truthy (V : {n}) return Boolean is (not V.Is_Empty);
"""


_FUNCTIONS = {
    "array": _array,
    "vector": _vector,
    "record": _record,
    "option": _option,
    "map": _map,
    "set": _set,
}
