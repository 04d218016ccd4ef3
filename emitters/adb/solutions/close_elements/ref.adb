pragma Ada_2022;

package Placeholder is
   type Float_Array is array (Positive range <>) of Float;
   function Has_Close_Elements (Numbers : Float_Array; Threshold : Float) return Boolean;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Has_Close_Elements (Numbers : Float_Array; Threshold : Float) return Boolean is
   begin
      for I in Numbers'Range loop
         for J in Numbers'Range loop
            if I /= J and then abs (Numbers (I) - Numbers (J)) < Threshold then
               return True;
            end if;
         end loop;
      end loop;
      return False;
