#include<assert.h>
#include<bits/stdc++.h>
std::set<long> common_elements(std::set<long> a, std::set<long> b) {
  std::set<long> out;
  for (long x : a) if (b.count(x)) out.insert(x);
  return out;
}
