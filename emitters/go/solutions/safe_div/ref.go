package safe_div_test

import (
    "testing"
    "fmt"
)

func safe_div(a float64, b float64, strict bool) *float64 {
	if b == 0 {
		if strict {
			panic("ZeroDivisionError: float division by zero")
		}
		return nil
	}
	q := a / b
	return &q
}
