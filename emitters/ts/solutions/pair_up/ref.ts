function pair_up(items: number[], overlap: boolean = false): [number, number][] {
  const out: [number, number][] = [];
  const step = overlap ? 1 : 2;
  for (let i = 0; i + 1 < items.length; i += step) out.push([items[i], items[i + 1]]);
  return out;
}
