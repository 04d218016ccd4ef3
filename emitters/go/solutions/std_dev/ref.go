package std_dev_test

import (
    "testing"
    "fmt"
    "math"
)

func std_dev(values []float64, ddof int) float64 {
	n := len(values) - ddof
	if n <= 0 {
		panic("ValueError: not enough values")
	}
	mean := 0.0
	for _, v := range values {
		mean += v
	}
	mean /= float64(len(values))
	total := 0.0
	for _, v := range values {
		total += (v - mean) * (v - mean)
	}
	return math.Sqrt(total / float64(n))
}
