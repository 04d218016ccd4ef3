// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
package int_pow_test

import (
    "testing"
    "fmt"
)

func int_pow(base int, exp int) int {
	if exp < 0 {
		panic("ValueError: negative exponent")
	}
	result := base
	for i := 1; i < exp; i++ {
		result *= base
	}
	return result
}
