pragma Ada_2022;
with Ada.Containers.Vectors;

package Placeholder is
   package Integer_Vector is new Ada.Containers.Vectors (Index_Type => Positive, Element_Type => Integer);
   use Integer_Vector;
   type Integer_Vector_Vector_Array is array (Positive range <>) of Integer_Vector.Vector;
   type Integer_Array is array (Positive range <>) of Integer;
   function Flatten (Nested : Integer_Vector_Vector_Array; Depth : Integer) return Integer_Array;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Vectors;

package body Placeholder is
   function Flatten (Nested : Integer_Vector_Vector_Array; Depth : Integer) return Integer_Array is
      Result : Integer_Vector.Vector;
   begin
      if Depth = 0 then
         raise Constraint_Error with "depth 0 keeps the nested lists";
      end if;
      for Inner of Nested loop
         Result.Append (Inner);
      end loop;
      declare
         Out_Array : Integer_Array (1 .. Natural (Result.Length));
      begin
         for I in Out_Array'Range loop
            Out_Array (I) := Result (I);
         end loop;
         return Out_Array;
      end;
