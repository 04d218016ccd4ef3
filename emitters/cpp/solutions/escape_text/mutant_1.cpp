// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
#include<assert.h>
#include<bits/stdc++.h>
std::string escape_text(std::string text, std::string quote) {
  std::string out;
  for (char c : text) {
    if (std::string(1, c) == quote) out += std::string("\\") + c;
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}
