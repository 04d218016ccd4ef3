// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
package histogram_test

import (
    "testing"
    "fmt"
)

func histogram(values []int, bucket int) map[int]int {
	if bucket == 0 {
		panic("ValueError: bucket must not be zero")
	}
	out := map[int]int{}
	for _, v := range values {
		q := v / bucket
		if v%bucket != 0 && (v < 0) != (bucket < 0) {
			q--
		}
		out[q*bucket]++
	}
	return out
}
