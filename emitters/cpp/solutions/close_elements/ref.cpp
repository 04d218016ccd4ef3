#include<assert.h>
#include<bits/stdc++.h>
bool has_close_elements(std::vector<float> numbers, float threshold) {
  for (std::size_t i = 0; i < numbers.size(); i++)
    for (std::size_t j = i + 1; j < numbers.size(); j++)
      if (std::fabs(numbers[i] - numbers[j]) < threshold) return true;
  return false;
}
