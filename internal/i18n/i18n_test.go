package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0-9.]*[a-zA-Z%]`)

// Every message exists in both languages with the same formatting verbs, so
// a switch of language can never print %!d(MISSING) or drop a number.
func TestCatalogComplete(t *testing.T) {
	if len(catalog) == 0 {
		t.Fatal("empty catalog")
	}
	for k, m := range catalog {
		if m.zh == "" || m.en == "" {
			t.Errorf("%s: missing a language (zh=%q en=%q)", k, m.zh, m.en)
		}
		zv, ev := verbs(m.zh), verbs(m.en)
		if !slices.Equal(zv, ev) {
			t.Errorf("%s: verbs differ: zh %v en %v", k, zv, ev)
		}
	}
}

// Every _one form belongs to a message, and the plural forms work.
func TestCounts(t *testing.T) {
	for k := range catalog {
		if base, ok := strings.CutSuffix(k, "_one"); ok && !Has(base) {
			t.Errorf("%s: there is no %s", k, base)
		}
	}
	en, zh := New(EN), New(ZH)
	for _, c := range []struct {
		p    *Printer
		key  string
		n    int
		args []any
		want string
	}{
		{en, "count.cases", 1, nil, "1 case"},
		{en, "count.cases", 2, nil, "2 cases"},
		{en, "count.cases", 0, nil, "0 cases"},
		{en, "count.praise", 1, nil, "1 complaint turned into praise"},
		{en, "count.days_off", 1, nil, "1 day off"},
		{zh, "count.days_off", 1, nil, "1 个休息日"},
		{en, "stats.range", 1, []any{"2026-11-20", "2026-11-25"}, "2026-11-20 to 2026-11-25 · 1 shift"},
		{zh, "stats.range", 3, []any{"2026-11-20", "2026-11-25"}, "2026-11-20 至 2026-11-25 · 3 个班次"},
		{en, "tui.saved.streak", 1, nil, "A new streak starts with this shift"},
		{en, "tui.saved.streak", 4, nil, "4 shifts in a row"},
		{en, "no.such.key", 1, nil, "no.such.key"},
	} {
		if got := c.p.N(c.key, c.n, c.args...); got != c.want {
			t.Errorf("%s N(%s, %d) = %q, want %q", c.p.Lang, c.key, c.n, got, c.want)
		}
	}
}

func TestChoose(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, ZH},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, EN},
		{map[string]string{"LC_MESSAGES": "zh_TW", "LANG": "en_US"}, ZH},
		{map[string]string{}, EN},
	}
	for _, c := range cases {
		if got := FromLocale(env(c.env)); got != c.want {
			t.Errorf("FromLocale(%v) = %s, want %s", c.env, got, c.want)
		}
	}
	if l, ok := Parse("zh_CN.UTF-8"); !ok || l != ZH {
		t.Errorf("Parse zh_CN")
	}
	if _, ok := Parse("fr"); ok {
		t.Errorf("Parse fr accepted")
	}
	if New(ZH).T("no.such.key") != "no.such.key" {
		t.Errorf("unknown key should show itself")
	}
}

// verbs lists a message's formatting verbs: %q counts as %s (both print a
// string), and order matters unless the verbs name their argument.
func verbs(s string) []string {
	vs := verb.FindAllString(s, -1)
	indexed := false
	for i, v := range vs {
		vs[i] = strings.ReplaceAll(v, "q", "s")
		indexed = indexed || strings.Contains(v, "[")
	}
	if indexed {
		slices.Sort(vs)
	}
	return vs
}
