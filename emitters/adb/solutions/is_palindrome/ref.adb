pragma Ada_2022;

package Placeholder is
   function Is_Palindrome (Text : String; Ignore_Case : Boolean) return Boolean;
end Placeholder;

pragma Ada_2022;
with Ada.Characters.Handling;

package body Placeholder is
   function Is_Palindrome (Text : String; Ignore_Case : Boolean) return Boolean is
      T : constant String := (if Ignore_Case then Ada.Characters.Handling.To_Lower (Text) else Text);
   begin
      for I in 0 .. T'Length / 2 - 1 loop
         if T (T'First + I) /= T (T'Last - I) then
            return False;
         end if;
      end loop;
      return True;
