// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<float> running_sum(std::vector<float> numbers) {
  std::vector<float> out;
  float total = 0;
  for (float x : numbers) out.push_back(total += (long)x);
  return out;
}
