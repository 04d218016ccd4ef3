// expect-fail: 18 19 20
// Mutant: ignores depth and always flattens completely.
function flatten(nested, depth = -1) {
  const out = [];
  const walk = (items, d) => {
    for (const x of items) {
      if (Array.isArray(x)) walk(x, d - 1);
      else out.push(x);
    }
  };
  walk(nested, depth);
  return out;
}
