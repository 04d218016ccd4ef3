// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
function pair_up(items: number[], overlap: boolean = false): [number, number][] {
  const out: [number, number][] = [];
  const step = overlap ? 1 : 2;
  for (let i = 0; i + 1 < items.length; i += step) {
    const a = items[i], b = items[i + 1];
    out.push([Math.min(a, b), Math.max(a, b)]);
  }
  return out;
}
