package day

import (
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

func readingEntry() journal.Entry {
	contacts, csat := 42, 96.5
	return journal.Entry{ShiftDate: 20261124, Shift: "night", StartedAt: "22:00", EndedAt: "06:00",
		Contacts: &contacts, CSAT: &csat, Mood: 2, Energy: 3, Stress: 4, FocusDone: "partly",
		Helped: []string{"帮奶奶改好了收货地址", "evil\x1b]52;c;aGk=\x07 clipboard"},
		Cases: []journal.Case{{Title: "快递显示已签收但没收到", Category: "物流", Channel: "phone", Outcome: "resolved",
			Need: "怕包裹被冒领", Action: "联系驿站核实,\n第二天回电", Better: "先查驿站记录", Praise: true}},
		Tomorrow: "语速放慢", Tags: []string{"双十一", "夜班"}, Vent: "今天被骂了三次\x1b[2J"}
}

// TestReading keeps the document of one entry as `debrief show` prints it
// (no width) and as History's reader lays it out (40 cells), in both
// languages: whether last shift's focus happened and the tags are there,
// the vent is last under its private heading, and no control character
// gets through.
func TestReading(t *testing.T) {
	e := readingEntry()
	for _, lang := range []i18n.Lang{i18n.ZH, i18n.EN} {
		r := ReadingOf(&e, i18n.New(lang))
		for _, width := range []int{0, 40} {
			lines := r.Render(width, Style{})
			text := strings.Join(lines, "\n")
			if strings.ContainsAny(text, "\x1b\x07") {
				t.Errorf("%s %d: a control character got through", lang, width)
			}
			for _, l := range lines {
				if width > 0 && lipgloss.Width(l) > width {
					t.Errorf("%s: %q is wider than %d", lang, l, width)
				}
			}
			name := string(lang) + "_plain"
			if width > 0 {
				name = string(lang) + "_40"
			}
			t.Run(name, func(t *testing.T) { golden.RequireEqual(t, text+"\n") })
		}
		for _, want := range []string{i18n.New(lang).T("focus.partly"), "双十一" + i18n.New(lang).T("punct.list") + "夜班"} {
			if !strings.Contains(strings.Join(r.Render(0, Style{}), "\n"), want) {
				t.Errorf("%s: %q is missing", lang, want)
			}
		}
		if last := r[len(r)-1]; last.Kind != Text || !strings.HasPrefix(last.Text, "今天被骂了") || r[len(r)-2].Kind != Private {
			t.Errorf("%s: the vent is not last under its heading: %+v", lang, r[len(r)-2:])
		}
	}
}

// The shift's jots no case was made from are listed, safe for the
// terminal, before the vent, which stays last.
func TestReadingListsJots(t *testing.T) {
	e := readingEntry()
	at := time.Date(2026, 11, 24, 23, 5, 0, 0, time.FixedZone("CST", 8*3600))
	r := ReadingOf(&e, i18n.New(i18n.ZH), journal.Jot{At: at, Text: "顾客要快递员电话\u202e"}, journal.Jot{At: at.Add(time.Hour), Text: "退款卡住"})
	text := strings.Join(r.Render(0, Style{}), "\n")
	for _, want := range []string{"没用到的速记", "23:05  顾客要快递员电话\uFFFD", "00:05  退款卡住"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing:\n%s", want, text)
		}
	}
	if strings.Index(text, "退款卡住") > strings.Index(text, "今天被骂了") || r[len(r)-1].Kind != Text {
		t.Errorf("the vent is not last:\n%s", text)
	}
}
