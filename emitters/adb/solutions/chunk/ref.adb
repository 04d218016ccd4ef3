pragma Ada_2022;
with Ada.Containers.Vectors;
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;

package Placeholder is
   type Unbounded_String_Array is array (Positive range <>) of Unbounded_String;
   package Unbounded_String_Vector is new Ada.Containers.Vectors (Index_Type => Positive, Element_Type => Unbounded_String);
   use Unbounded_String_Vector;
   type Unbounded_String_Vector_Vector_Array is array (Positive range <>) of Unbounded_String_Vector.Vector;
   function Chunk (Items : Unbounded_String_Array; Size : Integer) return Unbounded_String_Vector_Vector_Array;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Vectors;
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;

package body Placeholder is
   function Chunk (Items : Unbounded_String_Array; Size : Integer) return Unbounded_String_Vector_Vector_Array is
      Count : constant Natural := (if Size > 0 then (Items'Length + Size - 1) / Size else 0);
      Result : Unbounded_String_Vector_Vector_Array (1 .. Count);
   begin
      if Size <= 0 then
         raise Constraint_Error with "size must be positive";
      end if;
      for I in 0 .. Items'Length - 1 loop
         Result (I / Size + 1).Append (Items (Items'First + I));
      end loop;
      return Result;
