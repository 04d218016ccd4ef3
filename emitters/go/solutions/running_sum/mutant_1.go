// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
package running_sum_test

import (
    "testing"
    "fmt"
)

func running_sum(numbers []float64) []float64 {
	out := []float64{}
	total := 0.0
	for _, x := range numbers {
		if x < 0 {
			x = -x
		}
		total += x
		out = append(out, total)
	}
	return out
}
