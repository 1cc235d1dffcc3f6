package keyhelp

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

func b(desc string, k ...string) key.Binding { return keys.Bind(desc, k...) }

// The footer keeps whole keys in order while they fit, then help and quit;
// a key that does not fit ends the line instead of being cut.
func TestFitKeepsWholeKeysInOrder(t *testing.T) {
	first := []key.Binding{b("下一项", "tab"), b("保存", "ctrl+s"), b("返回", "esc"), keys.On(b("hidden", "x"), false)}
	keep := []key.Binding{b("全部按键", "?"), b("退出(草稿会保存)", "ctrl+c")}
	for _, c := range []struct {
		width int
		want  string
	}{
		{80, "tab 下一项 • ctrl+s 保存 • esc 返回 • ? 全部按键 • ctrl+c 退出(草稿会保存)"},
		{63, "tab 下一项 • ctrl+s 保存 • ? 全部按键 • ctrl+c 退出(草稿会保存)"},
		{62, "tab 下一项 • ? 全部按键 • ctrl+c 退出(草稿会保存)"},
		{40, "? 全部按键 • ctrl+c 退出(草稿会保存)"},
		{25, "ctrl+c 退出(草稿会保存)"},
	} {
		got := ansi.Strip(Line(first, keep, c.width, help.Styles{}))
		if got != c.want {
			t.Errorf("width %d:\n got %q\nwant %q", c.width, got, c.want)
		}
		if layout.Width(got) > c.width && c.width >= 25 {
			t.Errorf("width %d: %q overflows", c.width, got)
		}
	}
	if got := Hint(first); got != "tab 下一项 · ctrl+s 保存 · esc 返回" {
		t.Errorf("hint %q", got)
	}
}

// The help panel wraps a long description under itself instead of cutting
// it, and puts columns side by side only when they fit.
func TestPanelWrapsWithinWidth(t *testing.T) {
	groups := [][]key.Binding{
		{b("下一项", "tab"), b("一个很长很长的说明，要在窄窗口里换行才能看全，不能被截断", "ctrl+e")},
		{b("上移", "up"), b("下移", "down")},
	}
	p := Panel(groups, 30, help.Styles{})
	text := ansi.Strip(p.String())
	for _, l := range p.Lines {
		if layout.Width(l) > 30 {
			t.Errorf("line over 30 cells: %q", l)
		}
	}
	if !strings.Contains(strings.ReplaceAll(strings.ReplaceAll(text, "\n", ""), " ", ""), "不能被截断") {
		t.Errorf("the long description is not shown whole:\n%s", text)
	}
	if !strings.Contains(text, "↑ 上移") || !strings.Contains(text, "↓ 下移") {
		t.Errorf("arrow keys are not shown as arrows:\n%s", text)
	}
}
