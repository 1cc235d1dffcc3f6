package safetext

import (
	"bytes"
	"encoding/json"
	"testing"
)

// viaEncoder is what AppendJSON replaces: encoding/json without HTML
// escaping, through JSON.
func viaEncoder(t testing.TB, s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(JSON(&b))
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

func TestAppendJSON(t *testing.T) {
	cases := map[string]string{
		"":                             `""`,
		"中文 <b>&":                      `"中文 <b>&"`,
		"a\"b\\c\b\f\n\r\t\x00\x1f":    `"a\"b\\c\b\f\n\r\t\u0000\u001f"`,
		"\x7f\u0085\u009b31m":          `"\u007f\u0085\u009b31m"`,
		"\u202eevil\u2066\u200f\u061c": `"\u202eevil\u2066\u200f\u061c"`,
		"\u2028\u2029":                 `"\u2028\u2029"`,
		"bad\xffutf8\xe2\x80":          `"bad\ufffdutf8\ufffd\ufffd"`,
		"\xe2\x80\xae after bad \xc2":  `"\u202e after bad \ufffd"`,
	}
	for in, want := range cases {
		got := string(AppendJSON(nil, in))
		if got != want {
			t.Errorf("AppendJSON(%q) = %s, want %s", in, got, want)
		}
		if enc := viaEncoder(t, in); got != enc {
			t.Errorf("AppendJSON(%q) = %s, encoding/json + JSON = %s", in, got, enc)
		}
	}
}

// FuzzAppendJSON: the one-pass escaper writes exactly what encoding/json
// followed by JSON writes, for any bytes.
func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{"中文", "\x1b]52;c;x\x07", "\u009b\u202e\u2028", "\xff\xfe", "a\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendJSON(nil, s)), viaEncoder(t, s); got != want {
			t.Fatalf("AppendJSON(%q) = %s, want %s", s, got, want)
		}
	})
}
