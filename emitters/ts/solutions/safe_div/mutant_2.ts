// expect-fail: 31 32
// Mutant: ignores strict and never raises.
function safe_div(a: number, b: number, strict: boolean = false): number | undefined {
  if (b === 0) return undefined;
  return a / b;
}
