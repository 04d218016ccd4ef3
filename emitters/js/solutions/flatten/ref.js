function flatten(nested, depth = -1) {
  const out = [];
  const walk = (items, d) => {
    for (const x of items) {
      if (Array.isArray(x) && d !== 0) walk(x, d - 1);
      else out.push(x);
    }
  };
  walk(nested, depth);
  return out;
}
