#include<assert.h>
#include<bits/stdc++.h>
std::optional<std::string> lookup(std::map<long, std::string> table, long key, std::optional<std::string> default_) {
  auto found = table.find(key);
  if (found != table.end()) return found->second;
  return default_;
}
