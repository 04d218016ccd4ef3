// expect-fail: 11
// Mutant: silently drops negative numbers.
function common_elements(a, b) {
  return new Set([...a].filter((x) => b.has(x) && !(typeof x === "number" && x < 0)));
}
