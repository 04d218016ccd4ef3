// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
#include<assert.h>
#include<bits/stdc++.h>
std::map<long, long> histogram(std::vector<long> values, long bucket) {
  if (bucket == 0) throw std::invalid_argument("bucket must not be zero");
  std::map<long, long> counts;
  for (long v : values) {
    long q = v / bucket;
    if (v % bucket != 0 && (v < 0) != (bucket < 0)) q--;
    counts[q * bucket]++;
  }
  return counts;
}
