#include<assert.h>
#include<bits/stdc++.h>
std::optional<float> safe_div(float a, float b, bool strict) {
  if (b == 0) {
    if (strict) throw std::domain_error("division by zero");
    return std::nullopt;
  }
  return a / b;
}
