function int_pow(base, exp) {
  if (exp < 0) throw new RangeError("negative exponent");
  let result = 1n;
  for (let i = 0; i < exp; i++) result *= BigInt(base);
  return result;
}
