#include<assert.h>
#include<bits/stdc++.h>
std::vector<long> flatten(std::vector<std::vector<long>> nested, long depth) {
  std::vector<long> out;
  for (const auto& inner : nested) out.insert(out.end(), inner.begin(), inner.end());
  return out;
}
