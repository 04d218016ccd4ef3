// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
#include<assert.h>
#include<bits/stdc++.h>
std::vector<std::tuple<long, long>> pair_up(std::vector<long> items, bool overlap) {
  std::vector<std::tuple<long, long>> out;
  std::size_t step = overlap ? 1 : 2;
  for (std::size_t i = 0; i + 1 < items.size(); i += step)
    out.push_back({std::min(items[i], items[i + 1]), std::max(items[i], items[i + 1])});
  return out;
}
