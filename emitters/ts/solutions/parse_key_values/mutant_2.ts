// expect-fail: 18 35
// Mutant: keys are not stripped of surrounding whitespace.
function parse_key_values(text: string, sep: string = ";"): {[key: string]: number[]} {
  const result: {[key: string]: number[]} = {};
  for (const entry of text.split(sep)) {
    if (entry.trim() === "") continue;
    const eq = entry.indexOf("=");
    if (eq < 0) throw new Error("ValueError: missing '=' in entry: " + entry);
    const key = entry.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(result, key)) result[key] = [];
    for (const item of entry.slice(eq + 1).split(",")) {
      const s = item.trim();
      if (s === "") continue;
      if (!/^[+-]?\d+$/.test(s)) throw new Error("ValueError: invalid integer: " + s);
      result[key].push(parseInt(s, 10));
    }
  }
  return result;
}
