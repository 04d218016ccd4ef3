#include<assert.h>
#include<bits/stdc++.h>
float std_dev(std::vector<float> values, long ddof) {
  long n = values.size();
  if (n - ddof <= 0) throw std::invalid_argument("len(values) - ddof must be positive");
  double mean = 0, squares = 0;
  for (float v : values) mean += v;
  mean /= n;
  for (float v : values) squares += (v - mean) * (v - mean);
  return std::sqrt(squares / (n - ddof));
}
