-- expect-fail: 23 24
-- Mutant: a repeated key replaces the earlier list instead of extending it.
pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;

package Placeholder is
   type Integer_Array is array (Positive range <>) of Integer;
   package String_Integer_Array_Dict is new Ada.Containers.Indefinite_Ordered_Maps (Key_Type => String, Element_Type => Integer_Array);
   use String_Integer_Array_Dict;
   function Parse_Key_Values (Text : String; Sep : String) return String_Integer_Array_Dict.Map;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;
with Ada.Strings.Fixed; use Ada.Strings.Fixed;
with Ada.Strings; use Ada.Strings;

package body Placeholder is
   function Parse_Key_Values (Text : String; Sep : String) return String_Integer_Array_Dict.Map is
      Result : String_Integer_Array_Dict.Map;
      Start : Positive := Text'First;
      procedure Add (Entry_Text : String) is
         Eq : constant Natural := Index (Entry_Text, "=");
      begin
         if Trim (Entry_Text, Both)'Length = 0 then
            return;
         end if;
         if Eq = 0 then
            raise Constraint_Error with "missing '='";
         end if;
         declare
            Key : constant String := Trim (Entry_Text (Entry_Text'First .. Eq - 1), Both);
            Rest : constant String := Entry_Text (Eq + 1 .. Entry_Text'Last);
            Values : Integer_Array (1 .. Rest'Length + 1);
            Count : Natural := 0;
            From : Positive := Rest'First;
            procedure Item (S : String) is
            begin
               if Trim (S, Both)'Length > 0 then
                  Count := Count + 1;
                  Values (Count) := Integer'Value (Trim (S, Both));
               end if;
            end Item;
         begin
            for I in Rest'Range loop
               if Rest (I) = ',' then
                  Item (Rest (From .. I - 1));
                  From := I + 1;
               end if;
            end loop;
            Item (Rest (From .. Rest'Last));
            if Result.Contains (Key) then
               Result.Replace (Key, Values (1 .. Count));
            else
               Result.Insert (Key, Values (1 .. Count));
            end if;
         end;
      end Add;
   begin
      loop
         declare
            At_Sep : constant Natural := Index (Text (Start .. Text'Last), Sep);
         begin
            if At_Sep = 0 then
               Add (Text (Start .. Text'Last));
               exit;
            end if;
            Add (Text (Start .. At_Sep - 1));
            Start := At_Sep + Sep'Length;
         end;
      end loop;
      return Result;
