// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
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
	for i, j := 0, len(text)-1; i < j; i, j = i+1, j-1 {
		if text[i] != text[j] {
			return false
		}
	}
	return true
}
