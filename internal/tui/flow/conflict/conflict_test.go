package conflict

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/tuitest"
)

func question(t *testing.T, lang i18n.Lang, c *day.Conflict, mine journal.Draft, w, h int) *Model {
	t.Helper()
	ctx := tuitest.NewContext(t, lang)
	ctx.Keys = keys.New(ctx.T)
	m := New(ctx)
	m.SetSize(w, h)
	m.Ask(c, day.Differences(mine, c.Theirs))
	return m
}

func screen(m *Model) string { return ansi.Strip(m.View().String()) }

// Every answer has one key, with help, in each kind of conflict; the keys
// never clash with the scrolling ones.
func TestKeys(t *testing.T) {
	mine := journal.Draft{Entry: journal.Entry{Mood: 4}}
	for _, c := range []*day.Conflict{
		{Date: 20261125, Saved: true, Theirs: journal.Draft{Entry: journal.Entry{Mood: 2}}},
		{Date: 20261125, Theirs: journal.Draft{Entry: journal.Entry{Mood: 2}}},
		{Date: 20261125, Saved: true, Removed: true},
	} {
		m := question(t, i18n.ZH, c, mine, 80, 20)
		var all []key.Binding
		for _, g := range m.FullHelp() {
			all = append(all, g...)
		}
		if p := keys.Problems(all); len(p) > 0 {
			t.Errorf("%+v: %v", c, p)
		}
		for _, want := range []struct {
			key    string
			choice Choice
		}{{"m", Mine}, {"t", Theirs}, {"esc", Back}, {"b", Both}} {
			got, _ := m.Update(tuitest.Key(want.key))
			if c.Removed && want.key == "b" {
				want.choice = Undecided // nothing to merge with a deletion
			}
			if got != want.choice {
				t.Errorf("%+v: %s gives %v, want %v", c, want.key, got, want.choice)
			}
		}
	}
}

// A long difference scrolls and says there is more; every frame is
// exactly its box, at the smallest size too.
func TestLongDifferencesScroll(t *testing.T) {
	var helped, theirs []string
	for i := range 12 {
		helped = append(helped, strings.Repeat("帮", i+1))
		theirs = append(theirs, strings.Repeat("查", i+1))
	}
	mine := journal.Draft{Entry: journal.Entry{Mood: 4, Helped: helped}}
	c := &day.Conflict{Date: 20261125, Saved: true, Theirs: journal.Draft{Entry: journal.Entry{Mood: 2, Helped: theirs}}}
	for _, size := range [][2]int{{80, 18}, {50, 11}} {
		m := question(t, i18n.ZH, c, mine, size[0], size[1])
		out := m.View().String()
		tuitest.CheckBox(t, out, size[0], size[1])
		if !strings.Contains(screen(m), "↓") {
			t.Errorf("%v: no sign of more below:\n%s", size, screen(m))
		}
		for range 40 {
			m.Update(tuitest.Key("down"))
		}
		if s := screen(m); strings.Contains(s, "↓") || !strings.Contains(s, "查查查查查查查查查查查查") && size[0] == 80 {
			t.Errorf("%v: at the end:\n%s", size, s)
		}
	}
}

// The vent is never shown, only its length.
func TestVentIsNotShown(t *testing.T) {
	mine := journal.Draft{Entry: journal.Entry{Mood: 4, Vent: "今天被骂了半小时"}}
	c := &day.Conflict{Date: 20261125, Saved: true, Theirs: journal.Draft{Entry: journal.Entry{Mood: 4, Vent: "很委屈"}}}
	s := screen(question(t, i18n.ZH, c, mine, 80, 20))
	if strings.Contains(s, "被骂") || strings.Contains(s, "委屈") || !slices.ContainsFunc(strings.Split(s, "\n"), func(l string) bool {
		return strings.Contains(l, "8") && strings.Contains(l, "3")
	}) {
		t.Errorf("vent:\n%s", s)
	}
}
