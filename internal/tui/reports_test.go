package tui

import (
	"image/color"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// countingScreen counts what the root asks of it.
type countingScreen struct {
	w, h           int
	updates, views int
}

func (s *countingScreen) Init() tea.Cmd { return nil }
func (s *countingScreen) Update(tea.Msg) (app.Screen, tea.Cmd) {
	s.updates++
	return s, nil
}
func (s *countingScreen) View() layout.Frame {
	s.views++
	return layout.Text("counted").Fit(s.w, s.h)
}
func (s *countingScreen) ShortHelp() []key.Binding  { return nil }
func (s *countingScreen) FullHelp() [][]key.Binding { return nil }
func (s *countingScreen) SetSize(w, h int)          { s.w, s.h = w, h }

// The terminal's answers that only Bubble Tea reads reach no screen and
// draw no frame; a background that changes the styles does both.
func TestTerminalReportsDrawNothing(t *testing.T) {
	saved := screens
	t.Cleanup(func() { screens = saved })
	sc := &countingScreen{}
	screens = append(append([]screen(nil), saved...), screen{Name: "counting",
		New: func(*app.Context, app.OpenMsg) app.Screen { return sc }})
	ctx := newContext(t, i18n.EN)
	m := New(ctx, app.OpenMsg{Screen: "counting"})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	before := *sc
	for _, msg := range []tea.Msg{
		tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeReset},
		tea.KeyboardEnhancementsMsg{},
		tea.EnvMsg{"TERM=xterm-256color"},
		tea.ColorProfileMsg{Profile: colorprofile.TrueColor},
		tea.CapabilityMsg{Content: "RGB"},
		tea.TerminalVersionMsg{Name: "xterm(390)"},
		tea.BackgroundColorMsg{Color: color.Black}, // dark, as the styles are
	} {
		if _, cmd := m.Update(msg); cmd != nil {
			t.Errorf("%T: a command", msg)
		}
		if sc.updates != before.updates || sc.views != before.views {
			t.Fatalf("%T reached the screen (%d → %d updates) or drew a frame (%d → %d views)",
				msg, before.updates, sc.updates, before.views, sc.views)
		}
	}
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if ctx.Styles.Dark || sc.views == before.views {
		t.Fatalf("a light background: dark styles %v, %d → %d views", ctx.Styles.Dark, before.views, sc.views)
	}
}
