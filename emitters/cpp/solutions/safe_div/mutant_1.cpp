// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
#include<assert.h>
#include<bits/stdc++.h>
std::optional<float> safe_div(float a, float b, bool strict) {
  if (b == 0) {
    if (strict) throw std::domain_error("division by zero");
    return 0.0f;
  }
  return a / b;
}
