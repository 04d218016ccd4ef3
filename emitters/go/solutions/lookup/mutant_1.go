// expect-fail: 17 18
// Mutant: `table.get(key) or default` also replaces an empty-string value.
package lookup_test

import (
    "testing"
    "fmt"
)

func lookup(table map[int]string, key int, default_ *string) *string {
	if v, ok := table[key]; ok && v != "" {
		return &v
	}
	return default_
}
