-- expect-fail: 19 31
-- Mutant: forgets to escape backslashes.
pragma Ada_2022;

package Placeholder is
   function Escape_Text (Text : String; Quote : String) return String;
end Placeholder;

pragma Ada_2022;

package body Placeholder is
   function Escape_Text (Text : String; Quote : String) return String is
      Result : String (1 .. 2 * Text'Length);
      Last : Natural := 0;
      procedure Add (S : String) is
      begin
         Result (Last + 1 .. Last + S'Length) := S;
         Last := Last + S'Length;
      end Add;
   begin
      for C of Text loop
         if Quote'Length = 1 and then C = Quote (Quote'First) then
            Add ('\' & C);
         elsif C = ASCII.LF then
            Add ("\n");
         elsif C = ASCII.HT then
            Add ("\t");
         elsif C = ASCII.CR then
            Add ("\r");
         else
            Add ((1 => C));
         end if;
      end loop;
      return Result (1 .. Last);
