package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile is the reliability notes' list in one string: ESC sequences,
// OSC 52 (clipboard), OSC 8 (a hidden link), C1 CSI as a byte and as
// U+009B, CR, BS, BEL, DEL, NUL, and Markdown and HTML that would add
// structure.
const hostile = "PWNED\x1b]52;c;aGFja2Vk\x07 \x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 \x9b31m \u009b2J\rover\bX\x7f\x07\x00 tail"

// controls reports the first character in s that could act on a
// terminal or a parser: any C0 control but newline, DEL, C1 controls,
// bidi overrides, invalid UTF-8.
func controls(s string, allowTab bool) (rune, bool) {
	if !utf8.ValidString(s) {
		return utf8.RuneError, true
	}
	for _, r := range s {
		if r == '\n' || r == '\t' && allowTab {
			continue
		}
		if r < 0x20 || r == 0x7f || unsafeRune(r) {
			return r, true
		}
	}
	return 0, false
}

func TestMarkdownEscapes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"顾客催发货,已经等了五天", "顾客催发货,已经等了五天"},
		{"# heading", `\# heading`},
		{"- list\n+ list\n* list", `\- list\` + "\n  " + `\+ list\` + "\n  " + `\* list`},
		{"1. ordered\n12) other", `1\. ordered\` + "\n  " + `12\) other`},
		{"<script>alert(1)</script>", `\<script\>alert\(1\)\</script\>`},
		{"<!-- hidden -->", `\<\!\-\- hidden \-\-\>`},
		{"[click](http://evil)", `\[click\]\(http://evil\)`},
		{"![img](x)", `\!\[img\]\(x\)`},
		{"line\n\n\n   ===", `line\` + "\n  " + `\=\=\=`},
		{"> quote", `\> quote`},
		{"```\ncode", "\\`\\`\\`\\\n  code"},
		{"    indented code", "indented code"},
		{"a | b", `a \| b`},
		{"&lt;", `\&lt;`},
		{"ends with \\", `ends with \\`},
		{"3.5 stars", `3\.5 stars`},
		{"bell\a esc\x1b[2J", "bell␇ esc␛\\[2J"},
	}
	for _, c := range cases {
		if got := Markdown(c.in, "  "); got != c.want {
			t.Errorf("Markdown(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		checkMarkdown(t, c.in, Markdown(c.in, "  "))
	}
}

// checkMarkdown asserts what makes Markdown safe, whatever the input:
// no control character but the line breaks it made itself, every
// character special to Markdown escaped, no line that a list number could
// start, and the text itself still there when the escapes are removed.
func checkMarkdown(t *testing.T, in, out string) {
	t.Helper()
	if r, bad := controls(out, false); bad {
		t.Fatalf("Markdown(%q) has control %U: %q", in, r, out)
	}
	for i, l := range strings.Split(out, "\n") {
		if i > 0 {
			if !strings.HasPrefix(l, "  ") {
				t.Fatalf("Markdown(%q): line %d leaves the item: %q", in, i, out)
			}
			l = l[2:]
		}
		escaped := false
		digits := true
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case escaped:
				escaped = false
				digits = false
				continue
			case c == '\\':
				escaped = true
				continue
			case strings.IndexByte(mdSpecial, c) >= 0:
				t.Fatalf("Markdown(%q): unescaped %q in %q", in, c, l)
			case (c == '.' || c == ')') && digits && j > 0:
				t.Fatalf("Markdown(%q): a list number in %q", in, l)
			case c == ' ' && j == 0:
				t.Fatalf("Markdown(%q): a line starts blank: %q", in, l)
			}
			if c < '0' || c > '9' {
				digits = false
			}
		}
	}
	// Removing the escapes and line breaks gives the sanitized text.
	want := strings.Join(Lines(in), " ")
	got := strings.ReplaceAll(out, "\\\n  ", " ")
	var b strings.Builder
	for i := 0; i < len(got); i++ {
		if got[i] == '\\' && i+1 < len(got) {
			i++
		}
		b.WriteByte(got[i])
	}
	if b.String() != want {
		t.Fatalf("Markdown(%q) changed the text: %q, want %q", in, b.String(), want)
	}
}

func TestCSVCells(t *testing.T) {
	cases := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+SUM(A1)", "'+SUM(A1)"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"\rx", "'␍x"},
		{"\x00x", "'␀x"},
		{"  =HYPERLINK(\"http://evil\")", "'  =HYPERLINK(\"http://evil\")"},
		{"＝1+1", "'＝1+1"},
		{"顾客 = 上帝", "顾客 = 上帝"},
		{"a\x1b[31m", "a␛[31m"},
	}
	for _, c := range cases {
		if got := CSV(c.in); got != c.want {
			t.Errorf("CSV(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// checkCSVCell: what a spreadsheet reads back from a cell can't be a
// formula, and nothing in it is a control character but newline and tab.
func checkCSVCell(t *testing.T, in, got string) {
	t.Helper()
	if r, bad := controls(got, true); bad {
		t.Fatalf("cell of %q has control %U: %q", in, r, got)
	}
	if f := strings.TrimLeft(got, " "); f != "" && strings.IndexByte("=+-@\t\r", f[0]) >= 0 {
		t.Fatalf("cell of %q is a live formula: %q", in, got)
	}
}
