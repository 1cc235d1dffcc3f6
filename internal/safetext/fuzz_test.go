package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Seeds are in testdata/fuzz/<name>/ too, so a plain go test replays them.
var fuzzSeeds = []string{
	"", "plain 中文", hostile, "# h\n- l\n1. n\n> q\n<!-- c -->\n[a](b)\n```", "=1+1", "\t-2", "\r\n\r\n",
	"\u202eevil\u2066", "a\xffb\xc3", "   \n\t \n", "\\\\\\", "9)", "＝SUM(A1)",
	"Follow-up: 1+1=2 (A-B test) Done!", "a_b_ *x* **y** ~~z~~ `c`", "&amp; &#35; AT&T", "ends \\\nnext", "- wants\n---\n===",
}

func FuzzTerminal(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		term := Terminal(s)
		if r, bad := controls(term, true); bad {
			t.Fatalf("Terminal(%q) has %U", s, r)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || unsafeRune(r) }) && term != s {
			t.Fatalf("Terminal changed harmless text %q to %q", s, term)
		}
		if l := Line(s); strings.ContainsAny(l, "\n\t") {
			t.Fatalf("Line(%q) = %q", s, l)
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMarkdown(t, s, Markdown(s, "  "))
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCSVCell(t, s, CSV(s))
	})
}

// FuzzFastPath: the byte-level fast paths agree with a rune-by-rune
// reading of the same rules.
func FuzzFastPath(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2070\u200d\u0080\u009f\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		slow := true
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || unsafeRune(r) || r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				slow = false
			}
			i += size
		}
		if isPlain(s) != slow {
			t.Fatalf("isPlain(%q) = %v, rune by rune %v", s, !slow, slow)
		}
	})
}
