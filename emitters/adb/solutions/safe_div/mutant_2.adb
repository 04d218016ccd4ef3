-- expect-fail: 31 32
-- Mutant: ignores strict and never raises.
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
         if False and Strict then
            raise Constraint_Error with "division by zero";
         end if;
         return (Valid => False);
      end if;
      return (Valid => True, Value => A / B);
