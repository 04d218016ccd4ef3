// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
#include<assert.h>
#include<bits/stdc++.h>
bool is_palindrome(std::string text, bool ignore_case) {
  if (ignore_case) for (auto& c : text) c = std::tolower(c);
  return std::equal(text.begin(), text.end(), text.rbegin());
}
