package repeat_test

import (
    "testing"
    "fmt"
    "strings"
)

func repeat(s string, n int, sep string, end string) string {
	parts := []string{}
	for i := 0; i < n; i++ {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep) + end
}
