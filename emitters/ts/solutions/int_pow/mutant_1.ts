// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
function int_pow(base: number, exp: number): number {
  if (exp < 0) throw new Error("ValueError: negative exponent");
  let result = base;
  for (let i = 1; i < exp; i++) result *= base;
  return result;
}
