// expect-fail: 11
// Mutant: silently drops negative numbers.
function common_elements(a: Set<number | string>, b: Set<number | string>): Set<number | string> {
  const out = new Set<number | string>();
  for (const x of a) if (b.has(x) && !(typeof x === "number" && x < 0)) out.add(x);
  return out;
}
