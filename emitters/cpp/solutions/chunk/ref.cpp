#include<assert.h>
#include<bits/stdc++.h>
std::vector<std::vector<std::string>> chunk(std::vector<std::string> items, long size) {
  if (size <= 0) throw std::invalid_argument("size must be positive");
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < items.size(); i += size)
    out.emplace_back(items.begin() + i, items.begin() + std::min(items.size(), i + size));
  return out;
}
