function is_palindrome(text: string, ignore_case: boolean = false): boolean {
  const points = Array.from(ignore_case ? text.toLowerCase() : text);
  for (let i = 0, j = points.length - 1; i < j; i++, j--) if (points[i] !== points[j]) return false;
  return true;
}
