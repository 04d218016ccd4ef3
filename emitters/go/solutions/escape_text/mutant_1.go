// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
package escape_text_test

import (
    "testing"
    "fmt"
    "strings"
)

func escape_text(text string, quote string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case string(r) == quote:
			b.WriteString("\\" + quote)
		case r == '\n':
			b.WriteString("\\n")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\r':
			b.WriteString("\\r")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
