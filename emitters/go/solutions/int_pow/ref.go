package int_pow_test

import (
    "testing"
    "fmt"
)

func int_pow(base int, exp int) int {
	if exp < 0 {
		panic("ValueError: negative exponent")
	}
	result := 1
	for i := 0; i < exp; i++ {
		result *= base
	}
	return result
}
