-- expect-fail: 13 14
-- Mutant: puts end in front of the repeated text.
pragma Ada_2022;

package Placeholder is
   function Repeat (S : String; N : Integer; Sep : String; My_End : String) return String;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Repeat (S : String; N : Integer; Sep : String; My_End : String) return String is
      function Body_Of (K : Integer) return String is
        (if K <= 1 then S else Body_Of (K - 1) & Sep & S);
   begin
      if N <= 0 then
         return My_End;
      end if;
      return My_End & Body_Of (N);
