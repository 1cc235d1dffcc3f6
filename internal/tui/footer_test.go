package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
	"github.com/debrief-app/debrief/internal/tui/ui/keyhelp"
)

// The footer fits: on every screen, in every state that changes it, at the
// design size and a small one, in both languages, it is one line within
// the window made of whole "key description" items (never cut in a word),
// the screen's most important key first and the help key and quit always
// last. The help panel behind the help key shows every key of the state
// whole, within the window.
func TestFooterAndHelpFit(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for _, s := range everyState() {
			for _, size := range [][2]int{{80, 24}, {60, 20}} {
				w, h := size[0], size[1]
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang, s.name, w, h), func(t *testing.T) {
					ctx := newContext(t, lang)
					if s.setup != nil {
						s.setup(t, ctx)
					}
					m := drive(t, ctx, s, w, h)
					if m.fullHelp {
						m.Update(tuitest.Key("esc"))
					}
					checkFooter(t, m, w, h)
					if m.ask == nil {
						checkHelp(t, m, w, h)
					}
				})
			}
		}
	}
}

func checkFooter(t *testing.T, m *Model, w, h int) {
	t.Helper()
	lines := strings.Split(ansi.Strip(tuitest.Render(m)), "\n")
	if len(lines) != h {
		t.Fatalf("%d lines in a %d-line window", len(lines), h)
	}
	footer := lines[h-1]
	if layout.Width(footer) > w {
		t.Errorf("the footer is %d cells in %d: %q", layout.Width(footer), w, footer)
	}
	g := m.ctx.Keys.Global
	screenKeys, keep := m.footerParts()
	allowed := map[string]bool{}
	for _, b := range append(screenKeys, keep...) {
		allowed[keyhelp.Item(b)] = true
	}
	items := strings.Split(footer, keyhelp.Sep)
	for _, it := range items {
		if !allowed[it] {
			t.Errorf("the footer item %q is not a whole key of this screen (footer %q)", it, footer)
		}
	}
	last := []string{keyhelp.Item(m.helpKey()), keyhelp.Item(g.Quit)}
	if m.ask != nil {
		last = []string{keyhelp.Item(m.ctx.Keys.Ask.Yes), keyhelp.Item(m.ctx.Keys.Ask.No), keyhelp.Item(g.Quit)}
	}
	if len(items) < len(last) || !slices.Equal(items[len(items)-len(last):], last) {
		t.Errorf("the footer does not end with %q: %q", last, footer)
	}
	var first []key.Binding
	for _, b := range screenKeys {
		if b.Enabled() {
			first = append(first, b)
		}
	}
	if len(first) > 0 && !slices.Contains(items, keyhelp.Item(first[0])) {
		t.Errorf("the most important key %q is not on the footer %q", keyhelp.Item(first[0]), footer)
	}
}

func checkHelp(t *testing.T, m *Model, w, h int) {
	t.Helper()
	g := m.ctx.Keys.Global
	groups := append(m.screen.FullHelp(), []key.Binding{m.helpKey(), g.Close, g.Quit, g.Suspend})
	panel := keyhelp.Panel(groups, w, m.ctx.Styles.Help)
	if _, bh := m.body(); panel.Height() > bh {
		t.Errorf("the help is %d lines in a body of %d:\n%s", panel.Height(), bh, ansi.Strip(panel.String()))
	}
	m.Update(tuitest.Key(m.helpKey().Keys()[0]))
	if !m.fullHelp {
		t.Fatalf("%s does not open the help", m.helpKey().Keys()[0])
	}
	screen := ansi.Strip(tuitest.Render(m))
	for _, l := range strings.Split(screen, "\n") {
		if layout.Width(l) > w || strings.HasSuffix(l, layout.Ellipsis) {
			t.Errorf("a help line is cut: %q", l)
		}
	}
	for _, group := range groups {
		for _, b := range group {
			if b.Enabled() && !strings.Contains(screen, b.Help().Key+" ") {
				t.Errorf("the help does not show %q:\n%s", keyhelp.Item(b), screen)
			}
		}
	}
	m.Update(tuitest.Key("esc"))
}
