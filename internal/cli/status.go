package cli

import (
	"fmt"

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
	t, err := a.Journal().Today(today, 0, 0)
	if err != nil {
		return err
	}
	p := a.P
	switch {
	case t.Logged:
		fmt.Fprintln(a.Stdout, p.T("status.logged", today))
	case t.Off != nil:
		fmt.Fprintln(a.Stdout, p.T("status.off", today, p.T("reason."+t.Off.Reason)))
	default:
		fmt.Fprintln(a.Stdout, p.T("status.open", today))
	}
	if t.Draft != nil && len(t.Draft.Jots) > 0 && !t.Logged {
		fmt.Fprintln(a.Stdout, p.N("status.jots", len(t.Draft.Jots)))
	}
	if t.Streak > 0 {
		fmt.Fprintln(a.Stdout, p.N("status.streak", t.Streak))
	}
	fmt.Fprintln(a.Stdout, p.N("status.count", t.Entries))
	fmt.Fprintln(a.Stdout, p.T("status.hint"))
	return nil
}
