package flatten_test

import (
    "testing"
    "fmt"
)

func flatten(nested [][]int, depth int) []int {
	out := []int{}
	for _, inner := range nested {
		out = append(out, inner...)
	}
	return out
}
