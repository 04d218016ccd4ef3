package running_sum_test

import (
    "testing"
    "fmt"
)

func running_sum(numbers []float64) []float64 {
	out := []float64{}
	total := 0.0
	for _, x := range numbers {
		total += x
		out = append(out, total)
	}
	return out
}
