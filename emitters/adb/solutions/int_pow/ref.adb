pragma Ada_2022;

package Placeholder is
   function Int_Pow (Base : Integer; Exp : Integer) return Integer;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Int_Pow (Base : Integer; Exp : Integer) return Integer is
      Result : Integer := 1;
   begin
      if Exp < 0 then
         raise Constraint_Error with "negative exponent";
      end if;
      for I in 1 .. Exp loop
         Result := Result * Base;
      end loop;
      return Result;
