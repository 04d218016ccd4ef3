function has_close_elements(numbers, threshold) {
  const ordered = [...numbers].sort((a, b) => a - b);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i] - ordered[i - 1] < threshold) return true;
  }
  return false;
}
