def word_counts(text: str, min_length: int = 1) -> dict[str, int]:
    if min_length < 1:
        raise ValueError("min_length must be positive")
    counts: dict[str, int] = {}
    for word in text.lower().split():
        if len(word) >= min_length:
            counts[word] = counts.get(word, 0) + 1
    return counts
