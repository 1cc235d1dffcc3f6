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
