package double_test

import (
    "testing"
    "fmt"
)

func double(x int) int {
	return 2 * x
}
