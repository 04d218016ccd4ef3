// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
#include<assert.h>
#include<bits/stdc++.h>
std::string escape_text(std::string text, std::string quote) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '"' || c == '\'') out += std::string("\\") + c;
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}
