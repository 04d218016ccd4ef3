#include<assert.h>
#include<bits/stdc++.h>
std::map<long, long> histogram(std::vector<long> values, long bucket) {
  if (bucket <= 0) throw std::invalid_argument("bucket must be positive");
  std::map<long, long> counts;
  for (long v : values) {
    long q = v / bucket;
    if (v % bucket != 0 && (v < 0) != (bucket < 0)) q--;  // Python's // floors
    counts[q * bucket]++;
  }
  return counts;
}
