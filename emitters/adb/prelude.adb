pragma Ada_2022;
--  The harness's prelude: reporting, and equality, printing and truthiness of the scalar types. The same
--  text is compiled once per machine (emitters/adb/build.py); each program's composite types get theirs in
--  its Main procedure.
with Ada.Exceptions;
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;
package Tc_Prelude is
   type Tolerance is record
      Rel, Abs_Tol : Long_Float;
      Strict : Boolean;
   end record;

   procedure Start;
   procedure Pass (Index : Positive);
   procedure Fail (Index : Positive; Detail : String);
   procedure Report (Index : Positive; Passed : Boolean; Shown : String);
   procedure Error (Index : Positive; Occurrence : Ada.Exceptions.Exception_Occurrence);
   procedure Value (Index : Positive; Shown : String);
   procedure Finish (Count : Natural);
   procedure Finish_Observed;

   function Inf return Float;
   function Nan return Float;

   function Tc_Eq (A, B : Integer; Tol : Tolerance) return Boolean;
   function Tc_Eq (A, B : Float; Tol : Tolerance) return Boolean;
   function Tc_Eq (A, B : Boolean; Tol : Tolerance) return Boolean;
   function Tc_Eq (A, B : String; Tol : Tolerance) return Boolean;
   function Tc_Eq (A, B : Unbounded_String; Tol : Tolerance) return Boolean;

   function Tc_Show (V : Integer) return String;
   function Tc_Show (V : Float) return String;
   function Tc_Show (V : Boolean) return String;
   function Tc_Show (V : String) return String;
   function Tc_Show (V : Unbounded_String) return String;

   function Tc_Truthy (V : Integer) return Boolean;
   function Tc_Truthy (V : Float) return Boolean;
   function Tc_Truthy (V : Boolean) return Boolean;
   function Tc_Truthy (V : String) return Boolean;
   function Tc_Truthy (V : Unbounded_String) return Boolean;
end Tc_Prelude;

pragma Ada_2022;
with Ada.Command_Line;
with Ada.Environment_Variables;
with Ada.Float_Text_IO;
with Ada.Strings.Fixed;
with Ada.Text_IO;
package body Tc_Prelude is
   Nonce : Unbounded_String := To_Unbounded_String ("{{ DEFAULT_NONCE }}");
   Failures : Natural := 0;

   procedure Start is
   begin
      if Ada.Environment_Variables.Exists ("{{ NONCE_VARIABLE }}") then
         Nonce := To_Unbounded_String (Ada.Environment_Variables.Value ("{{ NONCE_VARIABLE }}"));
      end if;
   end Start;

   --  One result line: the nonce, then the text with its line breaks escaped.
   procedure Line (Text : String) is
      Out_Text : Unbounded_String := Nonce & " ";
   begin
      for C of Text loop
         if C = ASCII.LF then
            Append (Out_Text, "\n");
         elsif C = ASCII.CR then
            Append (Out_Text, "\r");
         else
            Append (Out_Text, C);
         end if;
      end loop;
      Ada.Text_IO.Put_Line (To_String (Out_Text));
      Ada.Text_IO.Flush;
   end Line;

   function Image (N : Integer) return String is
      (Ada.Strings.Fixed.Trim (Integer'Image (N), Ada.Strings.Left));

   procedure Pass (Index : Positive) is
   begin
      Line (Image (Index) & " pass");
   end Pass;

   procedure Fail (Index : Positive; Detail : String) is
   begin
      Failures := Failures + 1;
      Line (Image (Index) & " fail " & Detail);
   end Fail;

   procedure Report (Index : Positive; Passed : Boolean; Shown : String) is
   begin
      if Passed then
         Pass (Index);
      else
         Fail (Index, "got " & Shown);
      end if;
   end Report;

   --  The allocator ran dry (GNAT: Storage_Error, "heap exhausted"): an oom line; anything else an error.
   procedure Error (Index : Positive; Occurrence : Ada.Exceptions.Exception_Occurrence) is
      use Ada.Exceptions;
      Name : constant String := Exception_Name (Occurrence);
      Message : constant String := Exception_Message (Occurrence);
   begin
      Failures := Failures + 1;
      if Name = "STORAGE_ERROR" and then Ada.Strings.Fixed.Index (Message, "heap exhausted") > 0 then
         Line (Image (Index) & " oom " & Message);
      else
         Line (Image (Index) & " error " & Name & ": " & Message);
      end if;
   end Error;

   procedure Value (Index : Positive; Shown : String) is
   begin
      Line (Image (Index) & " value " & Shown);
   end Value;

   procedure Finish (Count : Natural) is
   begin
      Line ("done" & Natural'Image (Count - Failures) & Natural'Image (Failures));
      if Failures > 0 then
         Ada.Command_Line.Set_Exit_Status (1);
      end if;
   end Finish;

   procedure Finish_Observed is
   begin
      Line ("done");
   end Finish_Observed;

   Zero : Float := 0.0;
   pragma Volatile (Zero);

   function Inf return Float is (1.0 / Zero);
   function Nan return Float is (Zero / Zero);

   function Tc_Eq (A, B : Integer; Tol : Tolerance) return Boolean is (A = B);
   function Tc_Eq (A, B : Boolean; Tol : Tolerance) return Boolean is (A = B);
   function Tc_Eq (A, B : String; Tol : Tolerance) return Boolean is (A = B);
   function Tc_Eq (A, B : Unbounded_String; Tol : Tolerance) return Boolean is (A = B);

   --  Python's == on floats within the tolerance: NaN equals NaN, infinities only themselves.
   function Tc_Eq (A, B : Float; Tol : Tolerance) return Boolean is
      X : constant Long_Float := Long_Float (A);
      Y : constant Long_Float := Long_Float (B);
   begin
      if X /= X and Y /= Y then
         return True;
      elsif X = Y then
         return True;
      elsif X /= X or Y /= Y or abs X > Long_Float'Last or abs Y > Long_Float'Last then
         return False;
      end if;
      declare
         Diff : constant Long_Float := abs (X - Y);
         Bound : constant Long_Float := Long_Float'Max (Tol.Rel * Long_Float'Max (abs X, abs Y), Tol.Abs_Tol);
      begin
         return (if Tol.Strict then Diff < Bound else Diff <= Bound);
      end;
   end Tc_Eq;

   function Tc_Show (V : Integer) return String is (Image (V));

   --  Nine significant digits: enough to tell every single-precision Float apart.
   function Tc_Show (V : Float) return String is
      Text : String (1 .. 40);
   begin
      if V /= V then
         return "NaN";
      elsif V > Float'Last then
         return "inf";
      elsif V < -Float'Last then
         return "-inf";
      end if;
      Ada.Float_Text_IO.Put (Text, V, Aft => 8, Exp => 3);
      return Ada.Strings.Fixed.Trim (Text, Ada.Strings.Both);
   end Tc_Show;

   function Tc_Show (V : Boolean) return String is (if V then "True" else "False");

   --  A string literal: printable ASCII as itself, the quote and backslash escaped, other characters \xNN.
   function Tc_Show (V : String) return String is
      Hex : constant String := "0123456789abcdef";
      Out_Text : Unbounded_String := To_Unbounded_String ("""");
   begin
      for C of V loop
         if C = '"' or C = '\' then
            Append (Out_Text, '\');
            Append (Out_Text, C);
         elsif Character'Pos (C) < 32 or Character'Pos (C) > 126 then
            Append (Out_Text, "\x");
            Append (Out_Text, Hex (Character'Pos (C) / 16 + 1));
            Append (Out_Text, Hex (Character'Pos (C) mod 16 + 1));
         else
            Append (Out_Text, C);
         end if;
      end loop;
      Append (Out_Text, '"');
      return To_String (Out_Text);
   end Tc_Show;

   function Tc_Show (V : Unbounded_String) return String is (Tc_Show (To_String (V)));

   function Tc_Truthy (V : Integer) return Boolean is (V /= 0);
   function Tc_Truthy (V : Float) return Boolean is (V /= 0.0);
   function Tc_Truthy (V : Boolean) return Boolean is (V);
   function Tc_Truthy (V : String) return Boolean is (V'Length > 0);
   function Tc_Truthy (V : Unbounded_String) return Boolean is (Length (V) > 0);
end Tc_Prelude;
