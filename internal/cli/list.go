package cli

import (
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/day"
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
		if len(entries) == 0 {
			fmt.Fprintln(a.Stdout, a.P.T("list.empty"))
			return nil
		}
		w := a.colorWriter()
		for _, e := range entries {
			fmt.Fprintf(w, "%s  %s  %s  %s  %s\n", e.Date,
				padRight(a.P.T("shift."+e.Shift), 8), day.Dots(e.Mood),
				padRight(a.P.N("count.cases", e.Cases), 8), labelStyle.Render(truncate(safetext.Line(e.Headline), 48)))
		}
		fmt.Fprintln(w, labelStyle.Render(a.P.N("list.total", len(entries))))
		return nil
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
