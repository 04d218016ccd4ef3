function safe_div(a, b, strict = false) {
  if (b === 0) {
    if (strict) throw new Error("division by zero");
    return undefined;
  }
  return a / b;
}
