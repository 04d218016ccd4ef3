package chunk_test

import (
    "testing"
    "fmt"
)

func chunk(items []string, size int) [][]string {
	if size <= 0 {
		panic("ValueError: size must be positive")
	}
	out := [][]string{}
	for i := 0; i < len(items); i += size {
		end := i + size
		if end > len(items) {
			end = len(items)
		}
		out = append(out, items[i:end])
	}
	return out
}
