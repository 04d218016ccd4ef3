function safe_div(a: number, b: number, strict: boolean = false): number | undefined {
  if (b === 0) {
    if (strict) throw new Error("ZeroDivisionError: division by zero");
    return undefined;
  }
  return a / b;
}
