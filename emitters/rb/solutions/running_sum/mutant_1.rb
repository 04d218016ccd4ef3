# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
def running_sum(numbers)
  total = 0
  numbers.map { |x| total += x.abs }
end
