// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
function running_sum(numbers) {
  let total = 0;
  return numbers.map((x) => (total += Math.trunc(x)));
}
