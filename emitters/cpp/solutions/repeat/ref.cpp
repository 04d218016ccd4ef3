#include<assert.h>
#include<bits/stdc++.h>
std::string repeat(std::string s, long n, std::string sep, std::string end) {
  std::string out;
  for (long i = 0; i < n; i++) out += (i ? sep : "") + s;
  return out + end;
}
