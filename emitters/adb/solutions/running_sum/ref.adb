pragma Ada_2022;

package Placeholder is
   type Float_Array is array (Positive range <>) of Float;
   function Running_Sum (Numbers : Float_Array) return Float_Array;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Running_Sum (Numbers : Float_Array) return Float_Array is
      Result : Float_Array (Numbers'Range);
      Total : Float := 0.0;
   begin
      for I in Numbers'Range loop
         Total := Total + Numbers (I);
         Result (I) := Total;
      end loop;
      return Result;
