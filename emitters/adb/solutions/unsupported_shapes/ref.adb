pragma Ada_2022;

package Placeholder is
   function Double (X : Integer) return Integer;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Double (X : Integer) return Integer is
   begin
      return 2 * X;
