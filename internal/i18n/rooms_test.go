package i18n

import (
	"os"
	"testing"
)

// catalog is every room's messages in one map, for the tests that look at
// all of them; made once the rooms have registered.
var catalog = map[string]msg{}

func TestMain(m *testing.M) {
	for _, r := range rooms {
		for k, v := range r() {
			catalog[k] = v
		}
	}
	os.Exit(m.Run())
}

// A key is defined in one room only: with two, which one a lookup finds
// would depend on the order the rooms were registered in.
func TestNoKeyInTwoRooms(t *testing.T) {
	seen := map[string]int{}
	for _, r := range rooms {
		for k := range r() {
			seen[k]++
		}
	}
	for k, n := range seen {
		if n > 1 {
			t.Errorf("%s is defined in %d rooms", k, n)
		}
	}
	if len(seen) != len(catalog) || len(seen) < 500 {
		t.Errorf("%d keys, catalog %d", len(seen), len(catalog))
	}
}

// Before and after the rooms are merged for a process that looks up many
// keys, every key finds its own message and an unknown one none.
func TestLookupsBeforeAndAfterMerging(t *testing.T) {
	for round := range 2 {
		for k, want := range catalog {
			if got, ok := lookup(k); !ok || got != want {
				t.Fatalf("round %d: %s = %v %v, want %v", round, k, got, ok, want)
			}
		}
		if _, ok := lookup("no.such.key"); ok {
			t.Fatalf("round %d: an unknown key was found", round)
		}
	}
	if lookups.Load() <= mergeAfter {
		t.Fatalf("only %d lookups: the merged map was not tried", lookups.Load())
	}
}
