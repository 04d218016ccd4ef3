// expect-fail: 11
// Mutant: silently drops negative numbers.
package common_elements_test

import (
    "testing"
    "fmt"
)

func common_elements(a map[int]struct{}, b map[int]struct{}) map[int]struct{} {
	out := map[int]struct{}{}
	for x := range a {
		if _, ok := b[x]; ok && x >= 0 {
			out[x] = struct{}{}
		}
	}
	return out
}
