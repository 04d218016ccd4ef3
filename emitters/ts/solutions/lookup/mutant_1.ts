// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
function lookup(table: Map<number, string>, key: number, default_: string | undefined = undefined): string | undefined {
  return table.get(key) || default_;
}
