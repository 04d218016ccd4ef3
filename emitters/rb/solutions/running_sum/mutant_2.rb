# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
def running_sum(numbers)
  total = 0
  numbers.map { |x| total += x.truncate }
end
