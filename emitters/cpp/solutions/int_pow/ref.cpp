#include<assert.h>
#include<bits/stdc++.h>
long int_pow(long base, long exp) {
  if (exp < 0) throw std::invalid_argument("exp must be non-negative");
  long result = 1;
  for (long i = 0; i < exp; i++) result *= base;
  return result;
}
