package parse_key_values_test

import (
    "testing"
    "fmt"
    "strconv"
    "strings"
)

func parse_key_values(text string, sep string) map[string][]int {
	out := map[string][]int{}
	for _, entry := range strings.Split(text, sep) {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		eq := strings.Index(entry, "=")
		if eq < 0 {
			panic("ValueError: no '=' in " + entry)
		}
		key := strings.TrimSpace(entry[:eq])
		if _, ok := out[key]; !ok {
			out[key] = []int{}
		}
		for _, number := range strings.Split(entry[eq+1:], ",") {
			number = strings.TrimSpace(number)
			if number == "" {
				continue
			}
			n, err := strconv.Atoi(number)
			if err != nil {
				panic(err)
			}
			out[key] = append(out[key], n)
		}
	}
	return out
}
