// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
function is_palindrome(text: string, ignore_case: boolean = false): boolean {
  const bytes = Array.from(unescape(encodeURIComponent(ignore_case ? text.toLowerCase() : text)));
  for (let i = 0, j = bytes.length - 1; i < j; i++, j--) if (bytes[i] !== bytes[j]) return false;
  return true;
}
