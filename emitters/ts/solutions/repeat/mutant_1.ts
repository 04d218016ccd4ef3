// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
function repeat(s: string, n: number, sep: string = "", end: string = ""): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(s);
  return end + parts.join(sep);
}
