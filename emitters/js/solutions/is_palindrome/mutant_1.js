// expect-fail: 17
// Mutant: compares UTF-16 code units instead of characters.
function is_palindrome(text, ignore_case = false) {
  if (ignore_case) text = text.toLowerCase();
  return text === text.split("").reverse().join("");
}
