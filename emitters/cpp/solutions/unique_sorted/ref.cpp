#include<assert.h>
#include<bits/stdc++.h>
std::vector<long> unique_sorted(std::vector<long> values, bool reverse) {
  std::set<long> seen(values.begin(), values.end());
  std::vector<long> out(seen.begin(), seen.end());
  if (reverse) std::reverse(out.begin(), out.end());
  return out;
}
