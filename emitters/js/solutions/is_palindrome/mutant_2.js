// expect-fail: 11 12 13 14
// Mutant: returns 1 / 0 instead of true / false.
function is_palindrome(text, ignore_case = false) {
  if (ignore_case) text = text.toLowerCase();
  const points = [...text];
  for (let i = 0, j = points.length - 1; i < j; i++, j--) {
    if (points[i] !== points[j]) return 0;
  }
  return 1;
}
