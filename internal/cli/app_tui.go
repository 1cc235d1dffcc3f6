package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui"
)

// onTerminal reports whether both ends are a terminal: only then does
// debrief start the app. A character device is not enough (/dev/null is
// one): the terminal must answer as a terminal.
func (a *App) onTerminal() bool {
	return ttyFile(a.Stdin) && ttyFile(a.Stdout)
}

func ttyFile(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

// runApp runs the app on the terminal, opening open (where the app
// decides when open.Screen is empty).
func (a *App) runApp(open tui.Open) error {
	today, err := a.Today()
	if err != nil {
		return err
	}
	// The app draws on the terminal: the journal's warnings have no place
	// there.
	j := a.Journal()
	j.Warn = nil
	return tui.Run(context.Background(), tui.Options{
		Printer: a.P, Paths: a.Paths, Journal: j,
		Today: today, Now: a.Now, Getenv: a.Getenv, Open: open, In: a.Stdin, Out: a.Stdout,
		SaveFailed: func(err error) {
			fmt.Fprintln(a.Stderr, "debrief: "+a.P.T("tui.draft_failed", a.Explain(err)))
		},
		DraftKept: func(date journal.Date) {
			fmt.Fprintln(a.Stdout, a.P.T("tui.draft_kept", date))
		},
	})
}

// flowDate is the date for new/edit: --date or the argument, today when
// empty.
func (a *App) flowDate(flag, s string) (journal.Date, error) {
	if s == "" {
		return a.Today()
	}
	return a.parseDateArg(flag, s)
}
