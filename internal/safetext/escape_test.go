package safetext

import (
	"bytes"
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
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
		{"Follow-up: re-send e-mail; 1+1=2 … (A-B test) Done!", "Follow-up: re-send e-mail; 1+1=2 … (A-B test) Done!"},
		{"+86 138-0000-0000", "+86 138-0000-0000"},
		{"- wants a refund", `\- wants a refund`},
		{"# heading", `\# heading`},
		{"#5 order", "#5 order"},
		{"- list\n+ list\n* list", `\- list` + "  \n  " + `\+ list` + "  \n  " + `\* list`},
		{"1. ordered\n12) other", `1\. ordered` + "  \n  " + `12\) other`},
		{"3.5 stars", "3.5 stars"},
		{"<script>alert(1)</script>", `\<script>alert(1)\</script>`},
		{"<!-- hidden -->", `\<!-- hidden -->`},
		{"[click](http://evil)", `\[click](http://evil)`},
		{"![img](x)", `!\[img](x)`},
		{"line\n\n\n   ===", `line` + "  \n  " + `\===`},
		{"title\n---", `title` + "  \n  " + `\---`},
		{"> quote", `\> quote`},
		{"```\ncode", "\\`\\`\\`  \n  code"},
		{"    indented code", "indented code"},
		{"a | b", "a | b"},
		{"a | b\n--|--", `a \| b` + "  \n  " + `--\|--`},
		{"&lt; AT&T", `\&lt; AT&T`},
		{"ends with \\", `ends with \\`},
		{`C:\Users\小王`, `C:\Users\小王`},
		{"snake_case 中_文 _x_", `snake_case 中_文 \_x\_`},
		{"1 * 2 *a*", `1 * 2 \*a\*`},
		{"room #", `room \#`},
		{"bell\a esc\x1b[2J", "bell␇ esc␛\\[2J"},
	}
	for _, c := range cases {
		if got := Markdown(c.in, "  "); got != c.want {
			t.Errorf("Markdown(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		checkMarkdown(t, c.in, Markdown(c.in, "  "))
	}
}

// gfm is a CommonMark renderer with GitHub's tables, strikethrough and task
// lists: what the reader of an exported document sees.
var gfm = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))

// checkMarkdown asserts what makes Markdown safe, whatever the input: no
// control character but the line breaks it made itself, and, rendered by a
// real CommonMark renderer in each place a document puts user text (a list
// item, after a label, a heading), exactly the text typed: its lines (as
// Lines gives them) with hard breaks between them, no markup of its own.
func checkMarkdown(t *testing.T, in, out string) {
	t.Helper()
	if r, bad := controls(out, false); bad {
		t.Fatalf("Markdown(%q) has control %U: %q", in, r, out)
	}
	want := strings.Join(Lines(in), "\n")
	if want == "" {
		return
	}
	places := []struct{ md, open, close string }{
		{"- " + out + "\n", "<ul>\n<li>", "</li>\n</ul>\n"},
		{"- **x** · " + out + "  \n  tail\n", "<ul>\n<li><strong>x</strong> · ", "<br>\ntail</li>\n</ul>\n"},
		{"para " + out + " end\n", "<p>para ", " end</p>\n"},
	}
	if !strings.Contains(want, "\n") {
		line := Markdown(Line(in), "")
		places = append(places, struct{ md, open, close string }{"### " + line + "\n", "<h3>", "</h3>\n"})
	}
	for _, p := range places {
		var b bytes.Buffer
		if err := gfm.Convert([]byte(p.md), &b); err != nil {
			t.Fatal(err)
		}
		h := b.String()
		if !strings.HasPrefix(h, p.open) || !strings.HasSuffix(h, p.close) {
			t.Fatalf("Markdown(%q) = %q changes the structure:\n%s", in, out, h)
		}
		body := strings.ReplaceAll(h[len(p.open):len(h)-len(p.close)], "<br>\n", "\n")
		if strings.Contains(body, "<") {
			t.Fatalf("Markdown(%q) = %q renders markup:\n%s", in, out, h)
		}
		if got := html.UnescapeString(body); got != want {
			t.Fatalf("Markdown(%q) = %q renders as\n%q, want\n%q", in, out, got, want)
		}
	}
}

func TestCSVCells(t *testing.T) {
	cases := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"=", "'="},
		{"+SUM(A1)", "'+SUM(A1)"},
		{"-2", "'-2"},
		{"- 2", "'- 2"},
		{"+86 138-0000-0000", "'+86 138-0000-0000"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"},
		{"-A1", "'-A1"},
		{"+Sheet1!A1", "'+Sheet1!A1"},
		{"-(1)", "'-(1)"},
		{"\t=x", "'\t=x"},
		{"\r\n=x", "'␍\n=x"},
		{"  =HYPERLINK(\"http://evil\")", "'  =HYPERLINK(\"http://evil\")"},
		{"＝1+1", "'＝1+1"},
		{"－1", "'－1"},
		// Text a spreadsheet reads as text: no apostrophe.
		{"- wants a refund", "- wants a refund"},
		{"-wants", "-wants"},
		{"@张三 已回复", "@张三 已回复"},
		{"@cmd", "@cmd"},
		{"-", "-"},
		{"--", "'--"},
		{"-太慢了", "-太慢了"},
		{"\tx", "\tx"},
		{"\rx", "␍x"},
		{"\x00=x", "␀=x"},
		{"顾客 = 上帝", "顾客 = 上帝"},
		{"a\x1b[31m", "a␛[31m"},
	}
	for _, c := range cases {
		if got := CSV(c.in); got != c.want {
			t.Errorf("CSV(%q) = %q, want %q", c.in, got, c.want)
		}
		checkCSVCell(t, c.in, CSV(c.in))
	}
}

// checkCSVCell: what a spreadsheet reads from a cell can't be a formula —
// by the rule (Formula, asked of the cell as written, not of the text
// typed) and by the plainest reading of it (no "=", no sign before a digit
// or a parenthesis) — and nothing in it is a control character but newline
// and tab.
func checkCSVCell(t *testing.T, in, got string) {
	t.Helper()
	if r, bad := controls(got, true); bad {
		t.Fatalf("cell of %q has control %U: %q", in, r, got)
	}
	if strings.HasPrefix(got, "'") {
		return
	}
	if Formula(got) {
		t.Fatalf("cell of %q is a live formula: %q", in, got)
	}
	f := strings.TrimLeft(got, " \t\r\n")
	if strings.HasPrefix(f, "=") || strings.HasPrefix(f, "＝") {
		t.Fatalf("cell of %q is a live formula: %q", in, got)
	}
	if len(f) > 1 && strings.IndexByte("+-@", f[0]) >= 0 {
		if n := strings.TrimLeft(f[1:], " "); n != "" && strings.IndexByte("0123456789(=+-@", n[0]) >= 0 {
			t.Fatalf("cell of %q is a live formula: %q", in, got)
		}
	}
}
