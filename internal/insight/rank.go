package insight

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Count is a name with how often it occurred.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// RankCategories is the one ranking of case categories (by how many cases
// each has, most first; ties by name), for the exports, `debrief stats`,
// `debrief week`, the Week and Trends screens and the flow's suggestions.
// n > 0 keeps the first n.
func RankCategories(by map[string]int, n int) []Count {
	names := slices.SortedFunc(maps.Keys(by), func(a, b string) int {
		return cmp.Or(by[b]-by[a], strings.Compare(a, b))
	})
	if n > 0 {
		names = names[:min(n, len(names))]
	}
	out := make([]Count, len(names))
	for i, name := range names {
		out[i] = Count{Name: name, N: by[name]}
	}
	return out
}
