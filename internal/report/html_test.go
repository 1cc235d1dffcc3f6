package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// controls reports whether s holds a character that could act on a
// terminal or a parser: invalid UTF-8, or any C0 control, DEL, C1 control
// or bidi override (what the sanitizer makes visible).
func controls(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	return strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
	})
}

func TestHTMLEscapes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"顾客 <b>说</b> \"好\" & 'ok'", "顾客 &lt;b&gt;说&lt;/b&gt; &#34;好&#34; &amp; &#39;ok&#39;"},
		{"two\nlines\x1b]8;;x\x07", "two<br>lines␛]8;;x␇"},
		{"<!-- c --><img src=x onerror=alert(1)>", "&lt;!-- c --&gt;&lt;img src=x onerror=alert(1)&gt;"},
		{"1+1", "1+1"},
	}
	for _, c := range cases {
		if got := string(htmlText(c.in)); got != c.want {
			t.Errorf("text(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		checkHTML(t, c.in, string(htmlText(c.in)))
	}
}

func checkHTML(t *testing.T, in, out string) {
	t.Helper()
	if controls(out) {
		t.Fatalf("HTML text of %q has a control: %q", in, out)
	}
	rest := strings.ReplaceAll(out, "<br>", "")
	if strings.ContainsAny(rest, "<>\"'\n") {
		t.Fatalf("HTML(%q) has markup: %q", in, out)
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] != '&' {
			continue
		}
		ok := false
		for _, e := range []string{"&amp;", "&lt;", "&gt;", "&#34;", "&#39;"} {
			ok = ok || strings.HasPrefix(rest[i:], e)
		}
		if !ok {
			t.Fatalf("HTML(%q): a bare & in %q", in, out)
		}
	}
}

// FuzzHTMLText: whatever a person typed, the HTML export's text has no
// markup, no control character and no bare &.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"", "plain 中文", hostile, "# h\n- l\n<!-- c -->\n[a](b)", "\u202eevil\u2066", "a\xffb\xc3", "   \n\t \n", "1+1 'q' \"d\" &amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkHTML(t, s, string(htmlText(s)))
	})
}
