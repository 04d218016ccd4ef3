// expect-fail: 17 18
// Mutant: `table.get(key) or default` also replaces an empty-string value.
#include<assert.h>
#include<bits/stdc++.h>
std::optional<std::string> lookup(std::map<long, std::string> table, long key, std::optional<std::string> default_) {
  auto found = table.find(key);
  if (found != table.end() && !found->second.empty()) return found->second;
  return default_;
}
