package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

// A field's label is never broken over two lines: wherever a label of
// the flow (tui.f.*) is on screen, at 80×24 and 60×20, in zh and en, it
// is whole on one line (a label too long for its column once read
// "Complaint →" and "praise" a line apart).
func TestFlowLabelsAreWhole(t *testing.T) {
	var labels []string
	for _, k := range i18n.Keys() {
		if strings.HasPrefix(k, "tui.f.") {
			labels = append(labels, k)
		}
	}
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		p := i18n.New(lang)
		for _, s := range everyState() {
			if !strings.HasPrefix(s.name, "flow ") {
				continue
			}
			for _, size := range [][2]int{{80, 24}, {60, 20}} {
				ctx := newContext(t, lang)
				if s.setup != nil {
					s.setup(t, ctx)
				}
				m := drive(t, ctx, s, size[0], size[1])
				screen := ansi.Strip(tuitest.Render(m))
				for _, k := range labels {
					label := p.T(k)
					// What a broken label's first line starts with: its
					// first word, or its first two characters in Chinese.
					var prefix string
					if f := strings.Fields(label); len(f) > 1 {
						prefix = f[0] + " "
					} else if r := []rune(label); len(r) > 2 && layout.RuneWidth(r[0]) == 2 {
						prefix = string(r[:2])
					} else {
						continue
					}
					for _, l := range strings.Split(screen, "\n") {
						if (strings.HasPrefix(l, "› "+prefix) || strings.HasPrefix(l, "  "+prefix)) && !strings.Contains(l, label) {
							t.Errorf("%s/%s %dx%d: the label %q is broken over lines: %q", lang, s.name, size[0], size[1], label, l)
						}
					}
				}
			}
		}
	}
}
