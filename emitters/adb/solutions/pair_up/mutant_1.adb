-- expect-fail: 18 23
-- Mutant: ignores overlap.
pragma Ada_2022;

package Placeholder is
   type Integer_Array is array (Positive range <>) of Integer;
   type Integer_Integer_Tuple is record
      Integer_1 : Integer;
      Integer_2 : Integer;
   end record;
   type Integer_Integer_Tuple_Array is array (Positive range <>) of Integer_Integer_Tuple;
   function Pair_Up (Items : Integer_Array; Overlap : Boolean) return Integer_Integer_Tuple_Array;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Pair_Up (Items : Integer_Array; Overlap : Boolean) return Integer_Integer_Tuple_Array is
      Step : constant Positive := 2;
      Result : Integer_Integer_Tuple_Array (1 .. Items'Length);
      Count : Natural := 0;
      I : Natural := 0;
   begin
      while I + 1 < Items'Length loop
         Count := Count + 1;
         Result (Count) := (Items (Items'First + I), Items (Items'First + I + 1));
         I := I + Step;
      end loop;
      return Result (1 .. Count);
