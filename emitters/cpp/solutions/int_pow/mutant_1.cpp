// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
#include<assert.h>
#include<bits/stdc++.h>
long int_pow(long base, long exp) {
  if (exp < 0) throw std::invalid_argument("exp must be non-negative");
  long result = base;
  for (long i = 1; i < exp; i++) result *= base;
  return result;
}
