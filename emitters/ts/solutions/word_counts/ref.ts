function word_counts(text: string, min_length: number = 1): {[key: string]: number} {
  if (min_length < 1) throw new Error("ValueError: min_length must be positive");
  const out: {[key: string]: number} = {};
  for (const word of text.toLowerCase().split(/\s+/)) {
    if (word !== "" && Array.from(word).length >= min_length) out[word] = (out[word] ?? 0) + 1;
  }
  return out;
}
