-- expect-fail: 32
-- Mutant: only rejects a zero bucket, not a negative one.
pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;

package Placeholder is
   type Integer_Array is array (Positive range <>) of Integer;
   package Integer_Integer_Dict is new Ada.Containers.Indefinite_Ordered_Maps (Key_Type => Integer, Element_Type => Integer);
   use Integer_Integer_Dict;
   function Histogram (Values : Integer_Array; Bucket : Integer) return Integer_Integer_Dict.Map;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;

package body Placeholder is
   function Histogram (Values : Integer_Array; Bucket : Integer) return Integer_Integer_Dict.Map is
      Counts : Integer_Integer_Dict.Map;
   begin
      if Bucket = 0 then
         raise Constraint_Error with "bucket must be positive";
      end if;
      for V of Values loop
         declare
            Key : constant Integer := (V - V mod Bucket);
         begin
            if Counts.Contains (Key) then
               Counts.Replace (Key, Counts.Element (Key) + 1);
            else
               Counts.Insert (Key, 1);
            end if;
         end;
      end loop;
      return Counts;
