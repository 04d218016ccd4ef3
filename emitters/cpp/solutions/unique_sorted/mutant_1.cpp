// expect-fail: 24 25
// Mutant: ignores reverse.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<long> unique_sorted(std::vector<long> values, bool reverse) {
  std::set<long> seen(values.begin(), values.end());
  return std::vector<long>(seen.begin(), seen.end());
}
