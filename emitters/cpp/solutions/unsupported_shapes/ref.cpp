#include<assert.h>
#include<bits/stdc++.h>
long double_(long x) {
  return 2 * x;
}
