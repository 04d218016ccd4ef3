-- expect-fail: 17 18
-- Mutant: `table.get(key) or default` also replaces an empty-string value.
pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;

package Placeholder is
   package Integer_String_Dict is new Ada.Containers.Indefinite_Ordered_Maps (Key_Type => Integer, Element_Type => String);
   use Integer_String_Dict;
   type Unbounded_String_Option (Valid : Boolean := False) is record
      case Valid is
         when True =>
            Value : Unbounded_String;
         when False =>
            null;
      end case;
   end record;
   function Lookup (Table : Integer_String_Dict.Map; Key : Integer; Default : Unbounded_String_Option) return Unbounded_String_Option;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;

package body Placeholder is
   function Lookup (Table : Integer_String_Dict.Map; Key : Integer; Default : Unbounded_String_Option) return Unbounded_String_Option is
   begin
      if Table.Contains (Key) and then Table.Element (Key)'Length > 0 then
         return (Valid => True, Value => To_Unbounded_String (Table.Element (Key)));
      end if;
      return Default;
