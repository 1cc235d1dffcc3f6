package safetext

import (
	"strings"
	"testing"
)

func TestTerminalMakesControlsHarmless(t *testing.T) {
	cases := []struct{ in, want string }{
		{"你好 hello", "你好 hello"},
		{"两行\n第二行\t制表", "两行\n第二行\t制表"},
		{"\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"\x1b]52;c;ZXZpbA==\x07", "␛]52;c;ZXZpbA==␇"},
		{"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "␛]8;;http://evil␛\\click␛]8;;␛\\"},
		{"ok\rfake", "ok␍fake"},
		{"ab\b\bX", "ab␈␈X"},
		{"nul\x00del\x7f", "nul␀del␡"},
		{"csi\u009b31m", "csi\uFFFD31m"},
		{"raw\x9b", "raw\uFFFD"},
		{"\u202eevil", "\uFFFDevil"},
	}
	for _, c := range cases {
		got := Terminal(c.in)
		if got != c.want {
			t.Errorf("Terminal(%q) = %q, want %q", c.in, got, c.want)
		}
		if strings.ContainsAny(got, "\x1b\x07\x08\r\x00\x7f\u009b") {
			t.Errorf("Terminal(%q) still has a control: %q", c.in, got)
		}
	}
	if got := Line("a\nb\tc\x1b"); got != "a b c␛" {
		t.Errorf("Line: %q", got)
	}
}
