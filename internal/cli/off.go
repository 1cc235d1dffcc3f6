package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/spf13/cobra"
)

func (a *App) offCommand() *cobra.Command {
	var reason, note, remove string
	cmd := a.command("off [DATE]", "journal", maxArgs(a, 1))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if remove != "" {
			if len(args) > 0 {
				return usagef("%s", a.P.T("err.unexpected_arg", args[0], cmd.CommandPath()))
			}
			d, err := a.parseDateArg("--remove", remove)
			if err != nil {
				return err
			}
			if err := a.Journal().RemoveOff(d); err != nil {
				if errors.Is(err, day.ErrNotFound) {
					return fmt.Errorf("%s", a.P.T("off.not_found", d))
				}
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("off.removed", d))
			return nil
		}
		d, err := a.Today()
		if err != nil {
			return err
		}
		if len(args) == 1 {
			if d, err = a.parseDateArg("DATE", args[0]); err != nil {
				return err
			}
		}
		if reason == "" {
			reason = "rest"
		}
		if !slices.Contains(journal.OffReasons, reason) {
			return usagef("%s", a.P.T("err.bad_choice", "--reason", reason, strings.Join(journal.OffReasons, ", ")))
		}
		off := journal.DayOff{Date: d, Reason: reason, Note: note}
		hasEntry, err := a.Journal().MarkOff(off)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.Stdout, a.P.T("off.saved", d, a.P.T("reason."+reason)))
		if hasEntry {
			fmt.Fprintln(a.Stdout, a.P.T("off.has_entry", d))
		}
		return nil
	}
	f := cmd.Flags()
	f.StringVar(&reason, "reason", "", a.P.T("flag.reason"))
	f.StringVar(&note, "note", "", a.P.T("flag.note"))
	f.StringVar(&remove, "remove", "", a.P.T("flag.remove"))
	return cmd
}
