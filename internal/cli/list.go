package cli

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) listCommand() *cobra.Command {
	var from, to, search, category string
	var asJSON, unlock bool
	var passFile string
	cmd := &cobra.Command{
		Use:     "list",
		Short:   a.P.T("list.short"),
		Long:    a.P.T("list.long"),
		GroupID: "journal",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			var lo, hi journal.Date
			var err error
			if from != "" {
				if lo, err = a.parseDateArg("--from", from); err != nil {
					return err
				}
			}
			if to != "" {
				if hi, err = a.parseDateArg("--to", to); err != nil {
					return err
				}
			}
			if lo != 0 && hi != 0 && hi < lo {
				return usagef("%s", a.P.T("err.range", from, to))
			}
			q := day.NewQuery(search, category, a.P)
			if asJSON || q.Searches() {
				entries, err := a.Journal().List(lo, hi, q, asJSON)
				if err != nil {
					return err
				}
				if asJSON {
					if unlock && day.SealedCount(entries) > 0 {
						k, err := a.unlock(a.Journal(), passFile)
						if errors.Is(err, errNoPassphrase) {
							return fmt.Errorf("%s", a.P.T("private.need_passphrase_unlock"))
						}
						if err != nil {
							return err
						}
						if err := day.OpenVents(k, entries); err != nil {
							return err
						}
					}
					// A vent still sealed is listed as "vent_sealed": true.
					return archive.WriteEntries(a.Stdout, entries)
				}
				lines := make([]journal.Summary, len(entries))
				for i := range entries {
					lines[i] = journal.Summary{Metrics: journal.MetricsOf(&entries[i])}
					if len(entries[i].Helped) > 0 {
						lines[i].Headline = entries[i].Helped[0]
					}
				}
				return a.printList(lines)
			}
			// One line per shift needs its summary only (the metrics
			// record), not the entry.
			lines, err := a.Journal().ListSummaries(lo, hi, q, headlineShort)
			if err != nil {
				return err
			}
			return a.printList(lines)
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", a.P.T("flag.from"))
	f.StringVar(&to, "to", "", a.P.T("flag.to"))
	f.StringVar(&search, "search", "", a.P.T("flag.search"))
	f.StringVar(&category, "category", "", a.P.T("flag.category"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	f.BoolVar(&unlock, "unlock", false, a.P.T("flag.unlock"))
	f.StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	return cmd
}

// listHeadline is how many cells of a shift's first "helped" line a list
// line shows.
const listHeadline = 48

// printList prints one line per shift, newest first, and the total.
func (a *App) printList(lines []journal.Summary) error {
	if len(lines) == 0 {
		fmt.Fprintln(a.Stdout, a.P.T("list.empty"))
		return nil
	}
	// Thousands of lines: the few distinct padded cells are made once,
	// the label's colour is put around each headline without lipgloss
	// measuring it again, and the lines go out through one buffer.
	padded := map[string]string{}
	pad := func(s string) string {
		p, ok := padded[s]
		if !ok {
			p = padRight(s, 8)
			padded[s] = p
		}
		return p
	}
	label := lineStyleOf(labelStyle)
	w := bufio.NewWriterSize(a.colorWriter(), 32<<10)
	for _, s := range lines {
		fmt.Fprintf(w, "%s  %s  %s  %s  %s\n", s.Date,
			pad(a.P.T("shift."+s.Shift)), day.Dots(s.Mood),
			pad(a.P.T("list.cases", s.Cases)), label.render(truncate(safetext.Line(s.Headline), listHeadline)))
	}
	fmt.Fprintln(w, labelStyle.Render(a.P.T("list.total", len(lines))))
	return w.Flush()
}

// lineStyle is a lipgloss style that only colours, for one line at a time:
// what Render puts before and after the text, found once.
type lineStyle struct {
	style     lipgloss.Style
	pre, post string
}

func lineStyleOf(st lipgloss.Style) lineStyle {
	r := st.Render("x")
	i := strings.LastIndex(r, "x")
	return lineStyle{style: st, pre: r[:i], post: r[i+1:]}
}

// render is style.Render(s) for a line without tabs or breaks.
func (l lineStyle) render(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		return l.style.Render(s)
	}
	return l.pre + s + l.post
}

// headlineShort reports whether a summary's headline may have been cut
// (journal.HeadlineOf) so short that the listing would show less than it
// would of the whole line: then the entry is read for it. Sanitizing maps
// each character to one (a prefix stays a prefix), so a cut headline wider
// than the column, with a margin for the character at the cut, shows the
// same cells as the whole line.
func headlineShort(h string) bool {
	if len(h) < journal.MaxHeadline || !strings.HasSuffix(h, "…") {
		return false
	}
	return lipgloss.Width(safetext.Line(strings.TrimSuffix(h, "…"))) < listHeadline+8
}

// padRight pads to a display width (wide characters count 2).
func padRight(s string, width int) string {
	if w := lipgloss.Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// truncate cuts s to at most width display cells, adding "…".
func truncate(s string, width int) string {
	// A character never takes more cells than it has bytes.
	if len(s) <= width || lipgloss.Width(s) <= width {
		return s
	}
	w := 0
	for i, r := range s {
		rw := runeWidth(r)
		if w+rw > width-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s + "…"
}

// runeWidths remembers lipgloss's width of each character met: a listing
// measures the same few thousand characters over and over.
var runeWidths sync.Map

func runeWidth(r rune) int {
	if r < utf8.RuneSelf && r >= 0x20 && r != 0x7f {
		return 1
	}
	if w, ok := runeWidths.Load(r); ok {
		return w.(int)
	}
	w := lipgloss.Width(string(r))
	runeWidths.Store(r, w)
	return w
}
