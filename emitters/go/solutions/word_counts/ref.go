package word_counts_test

import (
    "testing"
    "fmt"
    "strings"
)

func word_counts(text string, min_length int) map[string]int {
	if min_length < 1 {
		panic("ValueError: min_length must be positive")
	}
	out := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if len([]rune(w)) >= min_length {
			out[w]++
		}
	}
	return out
}
