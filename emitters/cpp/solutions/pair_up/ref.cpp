#include<assert.h>
#include<bits/stdc++.h>
std::vector<std::tuple<long, long>> pair_up(std::vector<long> items, bool overlap) {
  std::vector<std::tuple<long, long>> out;
  std::size_t step = overlap ? 1 : 2;
  for (std::size_t i = 0; i + 1 < items.size(); i += step) out.push_back({items[i], items[i + 1]});
  return out;
}
