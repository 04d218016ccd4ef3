function lookup(table: Map<number, string>, key: number, default_: string | undefined = undefined): string | undefined {
  return table.has(key) ? table.get(key) : default_;
}
