def running_sum(numbers)
  total = 0
  numbers.map { |x| total += x }
end
