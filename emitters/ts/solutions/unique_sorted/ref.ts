function unique_sorted(values: number[], reverse: boolean = false): number[] {
  const out = Array.from(new Set(values)).sort((a, b) => a - b);
  return reverse ? out.reverse() : out;
}
