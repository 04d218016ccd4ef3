// expect-fail: 5 15
// Mutant: drops a short last chunk.
function chunk(items, size) {
  if (size <= 0) throw new Error("size must be positive");
  const out = [];
  for (let i = 0; i + size <= items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
