// expect-fail: 18 19 20
// Mutant: ignores depth and always flattens completely.
function flatten(nested: any[], depth: number = -1): any[] {
  const out: any[] = [];
  for (const item of nested) {
    if (Array.isArray(item)) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}
