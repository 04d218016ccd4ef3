-- expect-fail: 11
-- Mutant: silently drops negative numbers.
pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Sets;

package Placeholder is
   package Integer_Sets is new Ada.Containers.Indefinite_Ordered_Sets (Element_Type => Integer);
   use Integer_Sets;
   function Common_Elements (A : Integer_Sets.Set; B : Integer_Sets.Set) return Integer_Sets.Set;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Sets;

package body Placeholder is
   function Common_Elements (A : Integer_Sets.Set; B : Integer_Sets.Set) return Integer_Sets.Set is
   begin
      return R : Integer_Sets.Set := Integer_Sets.Intersection (A, B) do
         for V of Integer_Sets.Intersection (A, B) loop
            if V < 0 then
               R.Delete (V);
            end if;
         end loop;
      end return;
