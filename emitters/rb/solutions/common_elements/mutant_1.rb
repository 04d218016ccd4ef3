# expect-fail: 11
# Mutant: silently drops negative numbers.
def common_elements(a, b)
  (a & b).reject { |x| x.is_a?(Integer) && x.negative? }.to_set
end
