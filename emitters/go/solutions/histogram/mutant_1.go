// expect-fail: 22
// Mutant: truncating division instead of floor division (int(v / bucket)).
package histogram_test

import (
    "testing"
    "fmt"
)

func histogram(values []int, bucket int) map[int]int {
	if bucket <= 0 {
		panic("ValueError: bucket must be positive")
	}
	out := map[int]int{}
	for _, v := range values {
		out[(v/bucket)*bucket]++
	}
	return out
}
