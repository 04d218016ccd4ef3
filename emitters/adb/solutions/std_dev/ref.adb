pragma Ada_2022;

package Placeholder is
   type Float_Array is array (Positive range <>) of Float;
   function Std_Dev (Values : Float_Array; Ddof : Integer) return Float;
end Placeholder;

pragma Ada_2022;
with Ada.Numerics.Elementary_Functions;

package body Placeholder is
   function Std_Dev (Values : Float_Array; Ddof : Integer) return Float is
      N : constant Integer := Values'Length;
      Total, Mean, Squares : Float := 0.0;
   begin
      if N - Ddof <= 0 or N = 0 then
         raise Constraint_Error with "not enough values";
      end if;
      for V of Values loop
         Total := Total + V;
      end loop;
      Mean := Total / Float (N);
      for V of Values loop
         Squares := Squares + (V - Mean) * (V - Mean);
      end loop;
      return Ada.Numerics.Elementary_Functions.Sqrt (Squares / Float (N - Ddof));
