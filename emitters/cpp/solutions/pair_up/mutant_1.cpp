// expect-fail: 18 23
// Mutant: ignores overlap.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<std::tuple<long, long>> pair_up(std::vector<long> items, bool overlap) {
  std::vector<std::tuple<long, long>> out;
  for (std::size_t i = 0; i + 1 < items.size(); i += 2) out.push_back({items[i], items[i + 1]});
  return out;
}
