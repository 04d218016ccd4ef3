// expect-fail: 28 29
// Mutant: returns 0 instead of undefined for a zero divisor.
function safe_div(a: number, b: number, strict: boolean = false): number | undefined {
  if (b === 0) {
    if (strict) throw new Error("ZeroDivisionError: division by zero");
    return 0;
  }
  return a / b;
}
