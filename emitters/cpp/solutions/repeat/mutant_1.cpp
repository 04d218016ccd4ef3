// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
#include<assert.h>
#include<bits/stdc++.h>
std::string repeat(std::string s, long n, std::string sep, std::string end) {
  std::string out;
  for (long i = 0; i < n; i++) out += (i ? sep : "") + s;
  return end + out;
}
