// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
function int_pow(base, exp) {
  if (exp < 0) throw new RangeError("negative exponent");
  let result = BigInt(base);
  for (let i = 1; i < exp; i++) result *= BigInt(base);
  return result;
}
