function flatten(nested: any[], depth: number = -1): any[] {
  const out: any[] = [];
  for (const item of nested) {
    if (Array.isArray(item) && depth !== 0) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}
