// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
package safe_div_test

import (
    "testing"
    "fmt"
)

func safe_div(a float64, b float64, strict bool) *float64 {
	q := 0.0
	if b == 0 {
		if strict {
			panic("ZeroDivisionError: float division by zero")
		}
		return &q
	}
	q = a / b
	return &q
}
