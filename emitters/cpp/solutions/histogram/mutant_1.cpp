// expect-fail: 22
// Mutant: truncating division instead of floor division (int(v / bucket)).
#include<assert.h>
#include<bits/stdc++.h>
std::map<long, long> histogram(std::vector<long> values, long bucket) {
  if (bucket <= 0) throw std::invalid_argument("bucket must be positive");
  std::map<long, long> counts;
  for (long v : values) counts[v / bucket * bucket]++;
  return counts;
}
