// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
function running_sum(numbers) {
  let total = 0;
  return numbers.map((x) => (total += Math.abs(x)));
}
