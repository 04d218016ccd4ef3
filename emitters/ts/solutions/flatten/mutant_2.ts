// expect-fail: 14 16 21 22 23
// Mutant: a negative depth behaves like 0 instead of "flatten completely".
function flatten(nested: any[], depth: number = -1): any[] {
  const out: any[] = [];
  for (const item of nested) {
    if (Array.isArray(item) && depth > 0) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}
