package layout

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		w    int
		want []string
	}{
		{"latin words stay whole", "the quick brown fox jumps", 10, []string{"the quick", "brown fox", "jumps"}},
		{"ideographs break anywhere", "今天被客户骂了半小时", 8, []string{"今天被客", "户骂了半", "小时"}},
		{"mixed: Latin then Chinese on the same line", "Refund rule: 今天被客户骂了", 20, []string{"Refund rule: 今天被", "客户骂了"}},
		{"no line starts with closing punctuation", "我先道歉，再查物流。", 8, []string{"我先道", "歉，再查", "物流。"}},
		{"ASCII comma after Chinese is glued too", "先共情,再解决问题", 6, []string{"先共", "情,再", "解决问", "题"}},
		{"quotes stay with their words", "客户说“马上帮您催”……好", 10, []string{"客户说“马", "上帮您", "催”……好"}},
		{"an opening quote moves with its word", "客户说了“马上”", 9, []string{"客户说了", "“马上”"}},
		{"a word longer than the line is hard-broken", "abcdefghijkl xy", 5, []string{"abcde", "fghij", "kl xy"}},
		{"newlines are kept, indent too", "第一行\n  缩进的第二行", 20, []string{"第一行", "  缩进的第二行"}},
		{"a wrapped item hangs under its text", "  • 帮阿姨找回了订单还退了款", 12, []string{"  • 帮阿姨找", "    回了订单", "    还退了款"}},
		{"an indented line keeps its indent", "  订单页显示快递员电话", 10, []string{"  订单页显", "  示快递员", "  电话"}},
		{"no hang that leaves less than half", "      订单页显示", 10, []string{"      订单", "页显示"}},
		{"spaces at a break are dropped", "aaa   bbb", 4, []string{"aaa", "bbb"}},
		{"narrow width still makes progress", "你好", 1, []string{"你", "好"}},
		{"zero width leaves the text", "a b\nc", 0, []string{"a b", "c"}},
		{"empty", "", 10, []string{""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.in, tt.w)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Wrap(%q, %d)\n got %q\nwant %q", tt.in, tt.w, got, tt.want)
			}
			for _, l := range got {
				if tt.w > 1 && Width(l) > tt.w {
					t.Fatalf("line %q is %d cells, wider than %d", l, Width(l), tt.w)
				}
			}
		})
	}
}

// Wrapping keeps every character and never starts a line with closing
// punctuation, whatever the width.
func TestWrapKeepsTextAndRule(t *testing.T) {
	text := strings.Repeat("客户说快递三天没动，我先道歉，再查物流，“马上帮您催”……Refund rule: wait 3 days. ", 3)
	for w := 4; w <= 40; w++ {
		lines := Wrap(text, w)
		joined := strings.ReplaceAll(strings.Join(lines, ""), " ", "")
		if joined != strings.ReplaceAll(text, " ", "") {
			t.Fatalf("width %d lost text:\n%q", w, lines)
		}
		for i, l := range lines {
			if Width(l) > w {
				t.Fatalf("width %d: %q is %d cells", w, l, Width(l))
			}
			if i > 0 && l != "" && strings.ContainsRune("，。、！？；：）」』", []rune(l)[0]) {
				t.Fatalf("width %d: line starts with punctuation: %q", w, l)
			}
		}
	}
}

// A styled text keeps its style on every line it wraps onto.
func TestWrapCarriesStyle(t *testing.T) {
	s := lipgloss.NewStyle().Bold(true).Render("很长的一段加粗的中文")
	lines := Wrap(s, 6)
	if len(lines) != 4 {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if !strings.Contains(l, "\x1b[1m") {
			t.Fatalf("line %q lost the bold", l)
		}
	}
	if got := ansi.Strip(strings.Join(lines, "")); got != "很长的一段加粗的中文" {
		t.Fatalf("text %q", got)
	}
}

func BenchmarkWrapParagraph(b *testing.B) {
	text := strings.Repeat("今天被一个客户骂了半小时，我一直忍着，最后还是把问题解决了。", 70) // ~2,000 characters
	for b.Loop() {
		Wrap(text, 76)
	}
}
