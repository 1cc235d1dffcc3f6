package tui

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/debrief-app/debrief/internal/i18n"
)

// readmeKeys is every key named in the first column of the README's table
// whose header is "| key | <title> |", arrows by their names (↑ is up).
func readmeKeys(t *testing.T, title string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	at := slices.Index(lines, "| key | "+title+" |")
	if at < 0 {
		t.Fatalf("the README has no table %q", title)
	}
	names := map[string]string{"↑": "up", "↓": "down", "←": "left", "→": "right"}
	tick := regexp.MustCompile("`([^`]+)`")
	keys := map[string]bool{}
	for _, l := range lines[at+2:] {
		if !strings.HasPrefix(l, "|") {
			break
		}
		first := strings.SplitN(strings.TrimPrefix(l, "|"), "|", 2)[0]
		for _, m := range tick.FindAllStringSubmatch(first, -1) {
			k := m[1]
			if n, ok := names[k]; ok {
				k = n
			}
			keys[k] = true
		}
	}
	if len(keys) == 0 {
		t.Fatalf("the README's table %q names no key", title)
	}
	return keys
}

// The README's key tables are the app's keys: every key a table names
// answers on that screen (in one of its states), and every key a footer
// of that screen shows is in its table — checked in both languages, on
// the states the footer test draws.
func TestReadmeKeyTablesMatchTheApp(t *testing.T) {
	tables := map[string]func(name string) bool{
		"in the flow": func(n string) bool { return strings.HasPrefix(n, "flow ") },
		"on home":     func(n string) bool { return n == "home" },
		"on Ideas":    func(n string) bool { return strings.HasPrefix(n, "ideas") },
	}
	for title, of := range tables {
		t.Run(title, func(t *testing.T) {
			table := readmeKeys(t, title)
			for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
				answers := map[string]bool{}
				for _, s := range everyState() {
					if !of(s.name) {
						continue
					}
					ctx := newContext(t, lang)
					if s.setup != nil {
						s.setup(t, ctx)
					}
					m := drive(t, ctx, s, 80, 24)
					for _, b := range m.active() {
						for _, k := range b.Keys() {
							answers[k] = true
						}
					}
					first, keep := m.footerParts()
					for _, b := range append(first, keep...) {
						if b.Enabled() && !slices.ContainsFunc(b.Keys(), func(k string) bool { return table[k] }) {
							t.Errorf("%s/%s: the footer's %q (%s) is not in the README's table %q", lang, s.name, b.Help().Key, b.Help().Desc, title)
						}
					}
				}
				var missing []string
				for k := range table {
					if !answers[k] {
						missing = append(missing, k)
					}
				}
				sort.Strings(missing)
				if len(missing) > 0 {
					t.Errorf("%s: the README's table %q names keys the app does not have there: %v", lang, title, missing)
				}
			}
		})
	}
}
