package has_close_elements_test

import (
    "testing"
    "fmt"
)

func has_close_elements(numbers []float64, threshold float64) bool {
	for i := range numbers {
		for j := range numbers {
			if i != j {
				d := numbers[i] - numbers[j]
				if d < 0 {
					d = -d
				}
				if d < threshold {
					return true
				}
			}
		}
	}
	return false
}
