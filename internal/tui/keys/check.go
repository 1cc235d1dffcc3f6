package keys

import (
	"fmt"

	"charm.land/bubbles/v2/key"
)

// Problems lists what is wrong with the bindings active together in one
// state: two enabled bindings answering to the same key (only one of them
// can ever act) and bindings without help text. The same binding listed
// twice is not a problem.
func Problems(bindings []key.Binding) []string {
	var out []string
	owner := map[string]key.Binding{}
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		if h.Key == "" || h.Desc == "" {
			out = append(out, fmt.Sprintf("binding %v has no help", b.Keys()))
		}
		for _, k := range b.Keys() {
			if o, ok := owner[k]; ok && !same(o, b) {
				out = append(out, fmt.Sprintf("key %q is both %q and %q", k, o.Help().Desc, h.Desc))
				continue
			}
			owner[k] = b
		}
	}
	return out
}

func same(a, b key.Binding) bool {
	if a.Help() != b.Help() || len(a.Keys()) != len(b.Keys()) {
		return false
	}
	for i, k := range a.Keys() {
		if b.Keys()[i] != k {
			return false
		}
	}
	return true
}
