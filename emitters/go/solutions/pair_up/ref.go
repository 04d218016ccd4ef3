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
		out = append(out, []interface{}{items[i], items[i+1]})
	}
	return out
}
