#include<assert.h>
#include<bits/stdc++.h>
bool is_palindrome(std::string text, bool ignore_case) {
  // the code points of the UTF-8 text
  std::vector<long> points;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    long code = extra ? c & (0x3F >> extra) : c;
    for (int k = 1; k <= extra && i + k < text.size(); k++) code = (code << 6) | (text[i + k] & 0x3F);
    points.push_back(ignore_case && code < 128 ? std::tolower(code) : code);
    i += extra + 1;
  }
  return std::equal(points.begin(), points.end(), points.rbegin());
}
