package cli

import (
	"errors"
	"fmt"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) showCommand() *cobra.Command {
	var passFile string
	cmd := a.command("show [DATE]", "journal", maxArgs(a, 1))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		d, given, err := a.dayArg(args)
		if err != nil {
			return err
		}
		switch {
		case d.Entry != nil:
			if err := a.openVent(a.Journal(), d.Entry, passFile); err != nil {
				return err
			}
			w := a.colorWriter()
			for _, l := range day.ReadingOf(d.Entry, a.P, d.Jots...).Render(0, showStyle) {
				fmt.Fprintln(w, l)
			}
		case d.Off != nil:
			fmt.Fprintln(a.Stdout, a.P.T("show.day_off", d.Off.Date, a.P.T("reason."+d.Off.Reason), safetext.Line(d.Off.Note)))
		case !given:
			fmt.Fprintln(a.Stdout, a.P.T("show.none_yet"))
		default:
			return fmt.Errorf("%s", a.P.T("show.no_entry", d.Date))
		}
		return nil
	}
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	return cmd
}

// openVent unlocks an entry's sealed vent when a passphrase is at hand (a
// file, or the terminal); without one the entry reads as sealed.
func (a *App) openVent(j *day.Journal, e *journal.Entry, passFile string) error {
	if len(e.VentSealed) == 0 {
		return nil
	}
	k, err := a.unlock(j, passFile)
	if errors.Is(err, errNoPassphrase) {
		a.sealedSkipped(1)
		return nil
	}
	if err != nil {
		return err
	}
	return day.OpenVent(k, e)
}

var (
	headStyle  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#5FAFD7"))
	labelStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("#8A8A8A"))
	ventStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("#D787AF"))
)

// showStyle is how `debrief show` draws an entry (History draws the same
// day.Reading in the app's styles).
var showStyle = day.Style{Heading: headStyle, Label: labelStyle, Private: ventStyle}
