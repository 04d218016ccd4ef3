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
		q := v / bucket
		if v%bucket != 0 && v < 0 {
			q--
		}
		out[q*bucket]++
	}
	return out
}
