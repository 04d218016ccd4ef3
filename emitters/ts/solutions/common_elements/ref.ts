function common_elements(a: Set<number | string>, b: Set<number | string>): Set<number | string> {
  const out = new Set<number | string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}
