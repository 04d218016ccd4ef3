package is_palindrome_test

import (
    "testing"
    "fmt"
    "strings"
)

func is_palindrome(text string, ignore_case bool) bool {
	if ignore_case {
		text = strings.ToLower(text)
	}
	runes := []rune(text)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		if runes[i] != runes[j] {
			return false
		}
	}
	return true
}
