-- expect-fail: 28 29
-- Mutant: returns 0 instead of None for a zero divisor.
pragma Ada_2022;

package Placeholder is
   type Float_Option (Valid : Boolean := False) is record
      case Valid is
         when True =>
            Value : Float;
         when False =>
            null;
      end case;
   end record;
   function Safe_Div (A : Float; B : Float; Strict : Boolean) return Float_Option;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Safe_Div (A : Float; B : Float; Strict : Boolean) return Float_Option is
   begin
      if B = 0.0 then
         if Strict then
            raise Constraint_Error with "division by zero";
         end if;
         return (Valid => True, Value => 0.0);
      end if;
      return (Valid => True, Value => A / B);
