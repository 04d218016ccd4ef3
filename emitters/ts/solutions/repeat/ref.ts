function repeat(s: string, n: number, sep: string = "", end: string = ""): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(s);
  return parts.join(sep) + end;
}
