package ideas

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// document is one idea whole, for the reader: its number, kind, status
// and age, the text as written, its impact, where it was shared and why it
// was declined (the notes `debrief ideas --with/--why` keep), and its way
// so far — the shift it was raised on and every change of status with its
// date.
func (m *Model) document(i report.IdeaAge, width int) []string {
	st := m.ctx.Styles
	t := m.ctx.T
	w := max(width, 10)
	status := st.Muted
	if i.Status == journal.IdeaAdopted {
		status = st.Good
	}
	lines := []string{
		st.Title.Render(fmt.Sprintf("#%d", i.ID)) + "  " + t("kind."+i.Kind) + "  " + status.Render(t("status."+i.Status)),
		"",
	}
	lines = append(lines, layout.Wrap(safetext.Terminal(i.Text), w)...)
	if i.Impact != "" || i.SharedWith != "" || i.DeclinedWhy != "" {
		lines = append(lines, "")
	}
	if i.Impact != "" {
		for _, l := range layout.Wrap(t("ideas.impact", safetext.Terminal(i.Impact)), w) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	for _, n := range []struct{ label, text string }{{"report.shared_with", i.SharedWith}, {"report.declined_why", i.DeclinedWhy}} {
		if n.text != "" {
			lines = append(lines, layout.Wrap(t(n.label)+t("punct.colon")+safetext.Terminal(n.text), w)...)
		}
	}
	lines = append(lines, "", st.Label.Render(t("tui.ideas.way")))
	lines = append(lines, "  "+i.ShiftDate.String()+"        "+t("tui.ideas.raised", t("ideas.age", i.AgeDays)))
	for _, c := range i.History {
		lines = append(lines, "  "+c.At.Format("2006-01-02 15:04")+"  → "+status.Render(t("status."+c.Status)))
	}
	return lines
}
