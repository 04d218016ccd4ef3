#include<assert.h>
#include<bits/stdc++.h>
// Lower-cases ASCII and the two-byte UTF-8 capitals of Latin-1 (É is C3 89, é is C3 A9).
std::map<std::string, long> word_counts(std::string text, long min_length) {
  if (min_length < 1) throw std::invalid_argument("min_length must be positive");
  for (std::size_t i = 0; i < text.size(); i++) {
    unsigned char c = text[i];
    if (i > 0 && (unsigned char)text[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E) text[i] = c + 32;
    else if (c < 128) text[i] = std::tolower(c);
  }
  std::map<std::string, long> counts;
  std::istringstream words(text);
  for (std::string w; words >> w;) {
    long length = 0;
    for (unsigned char c : w) length += (c & 0xC0) != 0x80;
    if (length >= min_length) counts[w]++;
  }
  return counts;
}
