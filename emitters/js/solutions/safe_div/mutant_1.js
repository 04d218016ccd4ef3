// expect-fail: 28 29
// Mutant: returns 0 instead of undefined for a zero divisor.
function safe_div(a, b, strict = false) {
  if (b === 0) {
    if (strict) throw new Error("division by zero");
    return 0;
  }
  return a / b;
}
