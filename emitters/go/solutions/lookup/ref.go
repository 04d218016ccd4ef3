package lookup_test

import (
    "testing"
    "fmt"
)

func lookup(table map[int]string, key int, default_ *string) *string {
	if v, ok := table[key]; ok {
		return &v
	}
	return default_
}
