// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<long> unique_sorted(std::vector<long> values, bool reverse) {
  std::sort(values.begin(), values.end());
  if (reverse) std::reverse(values.begin(), values.end());
  return values;
}
