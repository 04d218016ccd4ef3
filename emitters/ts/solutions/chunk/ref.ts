function chunk(items: any[], size: number): any[][] {
  if (size <= 0) throw new Error("ValueError: size must be positive");
  const out: any[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
