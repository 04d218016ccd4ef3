"""Small string helpers used by the report generator."""

import re


def count_vowels(text):
    """Count the vowels (a, e, i, o, u, either case) in a string.

    >>> count_vowels("Hello World")
    3
    """
    total = 0
    for ch in text.lower():
        if ch in "aeiou":
            total += 1
    return total


def is_palindrome(text):
    """Return True if the text reads the same backwards, ignoring case and spaces.

    >>> is_palindrome("Never odd or even")
    True
    """
    cleaned = text.replace(" ", "").lower()
    return cleaned == cleaned[::-1]


def snake_to_camel(name):
    """Convert a snake_case identifier to camelCase.

    >>> snake_to_camel("max_line_length")
    'maxLineLength'
    """
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def word_lengths(sentence):
    """Return the length of each whitespace-separated word in the sentence.

    >>> word_lengths("the quick brown fox")
    [3, 5, 5, 3]
    """
    return [len(word) for word in sentence.split()]


def collapse_spaces(text):
    """Replace every run of whitespace with a single space."""
    return re.sub(r"\s+", " ", text)


def slugify(title):
    # TODO: handle unicode titles
    """Turn a title into a URL slug."""
    return "-".join(title.lower().split())


def greet(name):
    """Greet someone in French: « Bonjour »."""
    return "Bonjour, " + name + " !"
