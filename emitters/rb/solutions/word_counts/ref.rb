def word_counts(text, min_length = 1)
  raise ArgumentError, "min_length must be positive" if min_length < 1
  text.split.map(&:downcase).select { |w| w.length >= min_length }.tally
end
