#include<assert.h>
#include<bits/stdc++.h>
std::string strip(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\n\r\f\v"), b = s.find_last_not_of(" \t\n\r\f\v");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}
std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0, at;
  while ((at = s.find(sep, start)) != std::string::npos) out.push_back(s.substr(start, at - start)), start = at + sep.size();
  out.push_back(s.substr(start));
  return out;
}
std::map<std::string, std::vector<long>> parse_key_values(std::string text, std::string sep) {
  std::map<std::string, std::vector<long>> result;
  for (const auto& entry : split_on(text, sep)) {
    if (strip(entry).empty()) continue;
    std::size_t eq = entry.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("missing '=' in " + entry);
    std::string key = strip(entry.substr(0, eq));
    auto& values = result[key];
    for (const auto& item : split_on(entry.substr(eq + 1), ","))
      if (!strip(item).empty()) values.push_back(std::stol(strip(item)));
  }
  return result;
}
