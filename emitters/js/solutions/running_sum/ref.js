function running_sum(numbers) {
  let total = 0;
  return numbers.map((x) => (total += x));
}
