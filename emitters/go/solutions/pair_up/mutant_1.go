// expect-fail: 18 23
// Mutant: ignores overlap.
package pair_up_test

import (
    "testing"
    "fmt"
)

func pair_up(items []int, overlap bool) [][]interface{} {
	out := [][]interface{}{}
	for i := 0; i+1 < len(items); i += 2 {
		out = append(out, []interface{}{items[i], items[i+1]})
	}
	return out
}
