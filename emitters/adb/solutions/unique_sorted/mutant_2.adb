-- expect-fail: 10 13
-- Mutant: sorts but does not remove duplicates.
pragma Ada_2022;

package Placeholder is
   type Integer_Array is array (Positive range <>) of Integer;
   function Unique_Sorted (Values : Integer_Array; My_Reverse : Boolean) return Integer_Array;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Unique_Sorted (Values : Integer_Array; My_Reverse : Boolean) return Integer_Array is
      Sorted : Integer_Array := Values;
      Result : Integer_Array (1 .. Values'Length);
      Count : Natural := 0;
   begin
      for I in Sorted'Range loop
         for J in I + 1 .. Sorted'Last loop
            if Sorted (J) < Sorted (I) then
               declare
                  T : constant Integer := Sorted (I);
               begin
                  Sorted (I) := Sorted (J);
                  Sorted (J) := T;
               end;
            end if;
         end loop;
      end loop;
      for V of Sorted loop
         if True then
            Count := Count + 1;
            Result (Count) := V;
         end if;
      end loop;
      if My_Reverse then
         declare
            Reversed : Integer_Array (1 .. Count);
         begin
            for I in 1 .. Count loop
               Reversed (I) := Result (Count + 1 - I);
            end loop;
            return Reversed;
         end;
      end if;
      return Result (1 .. Count);
