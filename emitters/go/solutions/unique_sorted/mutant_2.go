// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
package unique_sorted_test

import (
    "testing"
    "fmt"
    "sort"
)

func unique_sorted(values []int, reverse bool) []int {
	out := append([]int{}, values...)
	sort.Ints(out)
	if reverse {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out
}
