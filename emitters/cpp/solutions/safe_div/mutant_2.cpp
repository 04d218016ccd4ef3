// expect-fail: 31 32
// Mutant: ignores strict and never raises.
#include<assert.h>
#include<bits/stdc++.h>
std::optional<float> safe_div(float a, float b, bool strict) {
  if (b == 0) return std::nullopt;
  return a / b;
}
