function int_pow(base: number, exp: number): number {
  if (exp < 0) throw new Error("ValueError: negative exponent");
  let result = 1;
  for (let i = 0; i < exp; i++) result *= base;
  return result;
}
