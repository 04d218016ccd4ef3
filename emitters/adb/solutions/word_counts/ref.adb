pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;

package Placeholder is
   package String_Integer_Dict is new Ada.Containers.Indefinite_Ordered_Maps (Key_Type => String, Element_Type => Integer);
   use String_Integer_Dict;
   function Word_Counts (Text : String; Min_Length : Integer) return String_Integer_Dict.Map;
end Placeholder;

pragma Ada_2022;
with Ada.Containers.Indefinite_Ordered_Maps;
with Ada.Characters.Handling;

package body Placeholder is
   function Word_Counts (Text : String; Min_Length : Integer) return String_Integer_Dict.Map is
      T : constant String := Ada.Characters.Handling.To_Lower (Text);
      Counts : String_Integer_Dict.Map;
      Start : Natural := 0;
      procedure Word (W : String) is
      begin
         if W'Length >= Min_Length then
            if Counts.Contains (W) then
               Counts.Replace (W, Counts.Element (W) + 1);
            else
               Counts.Insert (W, 1);
            end if;
         end if;
      end Word;
   begin
      if Min_Length < 1 then
         raise Constraint_Error with "min_length must be positive";
      end if;
      for I in T'Range loop
         if T (I) in ' ' | ASCII.HT | ASCII.LF | ASCII.CR | ASCII.VT | ASCII.FF then
            if Start /= 0 then
               Word (T (Start .. I - 1));
               Start := 0;
            end if;
         elsif Start = 0 then
            Start := I;
         end if;
      end loop;
      if Start /= 0 then
         Word (T (Start .. T'Last));
      end if;
      return Counts;
