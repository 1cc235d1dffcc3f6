package cli

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/spf13/cobra"
)

func (a *App) showCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "show [DATE]",
		Short:   a.P.T("show.short"),
		Long:    a.P.T("show.long"),
		GroupID: "journal",
		Args:    maxArgs(a, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.Today()
			if err != nil {
				return err
			}
			var date journal.Date
			if len(args) == 1 {
				if date, err = a.parseDateArg("DATE", args[0]); err != nil {
					return err
				}
			}
			var e journal.Entry
			var found bool
			var off journal.DayOff
			var isOff bool
			err = a.Read(func(tx *store.Tx) error {
				var err error
				if date == 0 {
					e, found, err = tx.LatestEntry(today)
				} else {
					e, found, err = tx.Entry(date)
					if err == nil && !found {
						off, isOff, err = tx.DayOff(date)
					}
				}
				return err
			})
			if err != nil {
				return err
			}
			switch {
			case found:
				w := a.colorWriter()
				writeEntry(w, a.P, &e)
			case isOff:
				fmt.Fprintln(a.Stdout, a.P.T("show.day_off", off.Date, a.P.T("reason."+off.Reason), safetext.Line(off.Note)))
			case date == 0:
				fmt.Fprintln(a.Stdout, a.P.T("show.none_yet"))
			default:
				return fmt.Errorf("%s", a.P.T("show.no_entry", date))
			}
			return nil
		},
	}
}

var (
	headStyle  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#5FAFD7"))
	labelStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("#8A8A8A"))
	ventStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("#D787AF"))
)

// writeEntry prints an entry as readable text, private parts marked so.
func writeEntry(w io.Writer, p *i18n.Printer, e *journal.Entry) {
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintln(w, labelStyle.Render(label+":"), safetext.Terminal(value))
		}
	}
	fmt.Fprintln(w, headStyle.Render(p.T("show.title", e.ShiftDate, p.T("shift."+e.Shift))))
	times := e.StartedAt
	if e.EndedAt != "" {
		times += "–" + e.EndedAt
	}
	line(p.T("field.time"), times)
	if e.Contacts != nil {
		line(p.T("field.contacts"), fmt.Sprint(*e.Contacts))
	}
	if e.CSAT != nil {
		line(p.T("field.csat"), fmt.Sprintf("%g%%", *e.CSAT))
	}
	scales := p.T("field.mood") + " " + scale(e.Mood)
	if e.Energy > 0 {
		scales += "  " + p.T("field.energy") + " " + scale(e.Energy)
	}
	if e.Stress > 0 {
		scales += "  " + p.T("field.stress") + " " + scale(e.Stress)
	}
	fmt.Fprintln(w, scales)
	if e.FocusDone != "" {
		line(p.T("field.focus_done"), p.T("focus."+e.FocusDone))
	}
	if len(e.Helped) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, headStyle.Render(p.T("field.helped")))
		for _, h := range e.Helped {
			fmt.Fprintln(w, "  • "+safetext.Line(h))
		}
	}
	for i, c := range e.Cases {
		fmt.Fprintln(w)
		title := p.T("field.case_n", i+1, safetext.Line(c.Title))
		if c.Praise {
			title += "  " + p.T("field.praise_mark")
		}
		fmt.Fprintln(w, headStyle.Render(title))
		meta := []string{}
		for _, v := range []string{c.Category, channelName(p, c.Channel), outcomeName(p, c.Outcome)} {
			if v != "" {
				meta = append(meta, safetext.Line(v))
			}
		}
		if len(meta) > 0 {
			fmt.Fprintln(w, "  "+labelStyle.Render(strings.Join(meta, " · ")))
		}
		line("  "+p.T("field.need"), c.Need)
		line("  "+p.T("field.action"), c.Action)
		line("  "+p.T("field.better"), c.Better)
	}
	if e.Tomorrow != "" {
		fmt.Fprintln(w)
		line(p.T("field.tomorrow"), e.Tomorrow)
	}
	if len(e.Tags) > 0 {
		line(p.T("field.tags"), strings.Join(e.Tags, ", "))
	}
	if e.Vent != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, ventStyle.Render(p.T("field.vent_private")))
		fmt.Fprintln(w, safetext.Terminal(e.Vent))
	}
}

func scale(v int) string {
	if v < 1 || v > 5 {
		return "–"
	}
	return strings.Repeat("●", v) + strings.Repeat("○", 5-v)
}

func channelName(p *i18n.Printer, c string) string {
	if c == "" {
		return ""
	}
	return p.T("channel." + c)
}

func outcomeName(p *i18n.Printer, o string) string {
	if o == "" {
		return ""
	}
	return p.T("outcome." + o)
}
