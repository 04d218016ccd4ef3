// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<float> running_sum(std::vector<float> numbers) {
  std::vector<float> out;
  float total = 0;
  for (float x : numbers) out.push_back(total += std::fabs(x));
  return out;
}
