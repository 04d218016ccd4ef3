// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
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
		case r == '\\':
			b.WriteString("\\\\")
		case r == '"' || r == '\'':
			b.WriteString("\\" + string(r))
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
