// expect-fail: 18 23
// Mutant: ignores overlap.
function pair_up(items: number[], overlap: boolean = false): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i], items[i + 1]]);
  return out;
}
