// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
package pair_up_test

import (
    "testing"
    "fmt"
)

func pair_up(items []int, overlap bool) [][]interface{} {
	out := [][]interface{}{}
	step := 2
	if overlap {
		step = 1
	}
	for i := 0; i+1 < len(items); i += step {
		a, b := items[i], items[i+1]
		if b < a {
			a, b = b, a
		}
		out = append(out, []interface{}{a, b})
	}
	return out
}
