function word_counts(text, min_length = 1) {
  if (min_length < 1) throw new RangeError("min_length must be positive");
  const counts = {};
  for (const raw of text.split(/\s+/)) {
    const word = raw.toLowerCase();
    if (word !== "" && [...word].length >= min_length) counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}
