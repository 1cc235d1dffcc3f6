package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) listCommand() *cobra.Command {
	var from, to, search, category, tag string
	var asJSON, unlock bool
	var passFile string
	cmd := a.command("list", "journal", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
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
			return a.rangeError(lo, hi, true)
		}
		q := day.NewQuery(search, category, a.P).WithTag(tag)
		if asJSON {
			entries, err := a.Journal().List(lo, hi, q, true)
			if err != nil {
				return err
			}
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
		entries, err := a.Journal().Listing(lo, hi, q)
		if err != nil {
			return err
		}
		return a.printList(entries)
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", a.P.T("flag.from"))
	f.StringVar(&to, "to", "", a.P.T("flag.to"))
	f.StringVar(&search, "search", "", a.P.T("flag.search"))
	f.StringVar(&category, "category", "", a.P.T("flag.category"))
	f.StringVar(&tag, "tag", "", a.P.T("flag.tag"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	f.BoolVar(&unlock, "unlock", false, a.P.T("flag.unlock"))
	f.StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	return cmd
}

// printList prints one line per shift, newest first, and the total.
// Thousands of lines: each distinct cell (a shift's label, a count of
// cases, a mood's dots) is made and padded once, the label's colour is put
// around each headline without lipgloss measuring it again, and the lines
// are appended into one buffer. Output that keeps no colour (a pipe, a
// file, NO_COLOR without a terminal) is written plain, straight out: the
// colour writer would only strip again, byte by byte, what was never
// needed (TestListPlainIsTheStrippedColour).
func (a *App) printList(lines []journal.Summary) error {
	if len(lines) == 0 {
		fmt.Fprintln(a.Stdout, a.P.T("list.empty"))
		return nil
	}
	cw := a.colorWriter()
	var out io.Writer = cw
	label := lineStyleOf(labelStyle)
	if cw.Profile <= colorprofile.NoTTY {
		out, label = a.Stdout, lineStyle{style: lipgloss.NewStyle()}
	}
	return writeList(out, a.P, lines, label)
}

// writeList writes the lines of printList to w, the headlines and the
// total in the label's style.
func writeList(w io.Writer, p *i18n.Printer, lines []journal.Summary, label lineStyle) error {
	const width = 8 // the shift and cases cells
	shifts := map[string]string{}
	var cases, dots [16]string
	cell := func(cache []string, n int, mk func() string) string {
		if n < 0 || n >= len(cache) {
			return mk()
		}
		if cache[n] == "" {
			cache[n] = mk()
		}
		return cache[n]
	}
	buf := make([]byte, 0, 64<<10)
	var err error
	for i := range lines {
		e := &lines[i]
		shift, ok := shifts[e.Shift]
		if !ok {
			shift = padRight(p.T("shift."+e.Shift), width)
			shifts[e.Shift] = shift
		}
		buf = append(buf, e.Date.String()...)
		buf = append(buf, "  "...)
		buf = append(buf, shift...)
		buf = append(buf, "  "...)
		buf = append(buf, cell(dots[:], e.Mood, func() string { return day.Dots(e.Mood) })...)
		buf = append(buf, "  "...)
		buf = append(buf, cell(cases[:], e.Cases, func() string { return padRight(p.N("count.cases", e.Cases), width) })...)
		buf = append(buf, "  "...)
		buf = append(buf, label.render(truncate(safetext.Line(e.Headline), 48))...)
		buf = append(buf, '\n')
		if len(buf) >= 60<<10 {
			if _, err = w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	buf = append(buf, label.render(p.N("list.total", len(lines)))...)
	buf = append(buf, '\n')
	_, err = w.Write(buf)
	return err
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
