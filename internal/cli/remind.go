package cli

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
	"github.com/spf13/cobra"
)

// remindCommand is for shell prompts, cron and notifiers: its exit code is
// the answer, its one line the message.
func (a *App) remindCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "remind",
		Short:   a.P.T("remind.short"),
		Long:    a.P.T("remind.long"),
		GroupID: "journal",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.Today()
			if err != nil {
				return err
			}
			var logged bool
			var off []journal.DayOff
			err = a.Read(func(tx *store.Tx) error {
				logged = tx.HasEntry(today)
				d, isOff, err := tx.DayOff(today)
				if isOff {
					off = append(off, d)
				}
				return err
			})
			if err != nil {
				return err
			}
			cal := insight.NewCalendar(today, a.Cfg.Workdays(), off)
			over := insight.ShiftOver(today, a.Now(), a.Cfg.DayStart(), a.Cfg.ShiftEndClock())
			if !insight.RemindDue(cal, logged, over) {
				return errQuiet
			}
			fmt.Fprintln(a.Stdout, a.P.T("remind.due"))
			return nil
		},
	}
}
