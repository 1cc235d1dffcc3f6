package cli

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/spf13/cobra"
)

// runRoot is `debrief` without a command. Off a terminal it prints a short
// status and a hint instead of starting the app.
func (a *App) runRoot(cmd *cobra.Command) error {
	if a.onTerminal() {
		return a.runApp(tui.Open{})
	}
	return a.printStatus()
}

func (a *App) printStatus() error {
	today, err := a.Today()
	if err != nil {
		return err
	}
	var logged bool
	var off journal.DayOff
	var isOff bool
	var count, jots, streak int
	err = a.Read(func(tx *store.Tx) error {
		logged = tx.HasEntry(today)
		count = tx.EntryCount()
		if dr, ok, err := tx.Draft(today); err == nil && ok {
			jots = len(dr.Jots)
		}
		ms, err := tx.Metrics(0, today)
		if err != nil {
			return err
		}
		offs, err := tx.DaysOff()
		if err != nil {
			return err
		}
		streak, _ = insight.Streaks(insight.NewCalendar(today, a.Cfg.Workdays(), offs), ms)
		off, isOff, err = tx.DayOff(today)
		return err
	})
	if err != nil {
		return err
	}
	p := a.P
	switch {
	case logged:
		fmt.Fprintln(a.Stdout, p.T("status.logged", today))
	case isOff:
		fmt.Fprintln(a.Stdout, p.T("status.off", today, p.T("reason."+off.Reason)))
	default:
		fmt.Fprintln(a.Stdout, p.T("status.open", today))
	}
	if jots > 0 && !logged {
		fmt.Fprintln(a.Stdout, p.T("status.jots", jots))
	}
	switch {
	case streak == 1:
		fmt.Fprintln(a.Stdout, p.T("status.streak_one"))
	case streak > 1:
		fmt.Fprintln(a.Stdout, p.T("status.streak", streak))
	}
	fmt.Fprintln(a.Stdout, p.T("status.count", count))
	fmt.Fprintln(a.Stdout, p.T("status.hint"))
	return nil
}
