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
	cmd := a.command("off [DATE | FROM..TO]", "journal", maxArgs(a, 1))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if remove != "" {
			if len(args) > 0 {
				return usagef("%s", a.P.T("err.unexpected_arg", args[0], cmd.CommandPath()))
			}
			return a.removeOff(remove)
		}
		today, err := a.Today()
		if err != nil {
			return err
		}
		from, to := today, today
		if len(args) == 1 {
			if from, to, err = a.parseDaysArg("DATE", args[0]); err != nil {
				return err
			}
		}
		if reason == "" {
			reason = "rest"
		}
		if !slices.Contains(journal.OffReasons, reason) {
			return usagef("%s", a.P.T("err.bad_choice", "--reason", reason, strings.Join(journal.OffReasons, ", ")))
		}
		if from == to {
			hasEntry, err := a.Journal().MarkOff(journal.DayOff{Date: from, Reason: reason, Note: note})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("off.saved", from, a.P.T("reason."+reason)))
			if hasEntry {
				fmt.Fprintln(a.Stdout, a.P.T("off.has_entry", from))
			}
			return nil
		}
		withEntry, err := a.Journal().MarkOffRange(from, to, reason, note)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.Stdout, a.P.T("off.saved_range", from, to, to.DaysSince(from)+1, a.P.T("reason."+reason)))
		if len(withEntry) > 0 {
			fmt.Fprintln(a.Stdout, a.P.T("off.has_entries", joinDates(withEntry)))
		}
		return nil
	}
	f := cmd.Flags()
	f.StringVar(&reason, "reason", "", a.P.T("flag.reason"))
	f.StringVar(&note, "note", "", a.P.T("flag.note"))
	f.StringVar(&remove, "remove", "", a.P.T("flag.remove"))
	return cmd
}

// removeOff takes back one day off, or every day off in FROM..TO.
func (a *App) removeOff(arg string) error {
	from, to, err := a.parseDaysArg("--remove", arg)
	if err != nil {
		return err
	}
	if from == to {
		if err := a.Journal().RemoveOff(from); err != nil {
			if errors.Is(err, day.ErrNotFound) {
				return fmt.Errorf("%s", a.P.T("off.not_found", from))
			}
			return err
		}
		fmt.Fprintln(a.Stdout, a.P.T("off.removed", from))
		return nil
	}
	n, err := a.Journal().RemoveOffRange(from, to)
	if errors.Is(err, day.ErrNotFound) {
		return fmt.Errorf("%s", a.P.T("off.none_in_range", from, to))
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Stdout, a.P.T("off.removed_range", n, from, to))
	return nil
}

// parseDaysArg reads DATE or FROM..TO (each side as parseDateArg reads a
// date): the first and last day, in order, at most day.MaxOffRange days.
func (a *App) parseDaysArg(flag, s string) (from, to journal.Date, err error) {
	lo, hi, isRange := strings.Cut(s, "..")
	if from, err = a.parseDateArg(flag, lo); err != nil {
		return 0, 0, err
	}
	if !isRange {
		return from, from, nil
	}
	if to, err = a.parseDateArg(flag, hi); err != nil {
		return 0, 0, err
	}
	if to < from {
		return 0, 0, usagef("%s", a.P.T("err.range_reversed", flag, s))
	}
	if to.DaysSince(from)+1 > day.MaxOffRange {
		return 0, 0, usagef("%s", a.P.T("err.range_long", flag, s, day.MaxOffRange))
	}
	return from, to, nil
}

func joinDates(ds []journal.Date) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = d.String()
	}
	return strings.Join(s, ", ")
}
