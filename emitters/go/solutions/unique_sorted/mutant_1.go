// expect-fail: 24 25
// Mutant: ignores reverse.
package unique_sorted_test

import (
    "testing"
    "fmt"
    "sort"
)

func unique_sorted(values []int, reverse bool) []int {
	seen := map[int]bool{}
	out := []int{}
	for _, v := range values {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Ints(out)
	return out
}
