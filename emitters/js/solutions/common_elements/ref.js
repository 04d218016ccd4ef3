function common_elements(a, b) {
  return new Set([...a].filter((x) => b.has(x)));
}
