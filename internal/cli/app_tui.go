package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui"
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/mattn/go-runewidth"
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

// uiContext is the app's shared context for this run.
func (a *App) uiContext() (*common.Context, error) {
	today, err := a.Today()
	if err != nil {
		return nil, err
	}
	ctx := &common.Context{
		P: a.P, Cfg: a.Cfg, Paths: a.Paths, StoreOpt: a.StoreOptions(),
		Today: today, Now: a.Now, Getenv: a.Getenv,
		Width: 80, Height: 24,
	}
	ctx.Styles.Dark = true
	return ctx, nil
}

// runApp runs the Bubble Tea app on the terminal, opening open (the start
// screen when open.Screen is empty).
func (a *App) runApp(open common.OpenMsg) error {
	// Under a zh_* locale go-runewidth would count ambiguous punctuation
	// (“” … —) as two cells while lipgloss counts one; the text area moves
	// its cursor with runewidth, so both must agree.
	runewidth.DefaultCondition.EastAsianWidth = false
	ctx, err := a.uiContext()
	if err != nil {
		return err
	}
	if open.Screen == "" {
		if open, err = tui.StartScreen(ctx); err != nil {
			return err
		}
	}
	root := tui.New(ctx, open)
	// The renderer flushes on its frame ticker: at the default 60 fps the
	// first frame waits up to 16 ms for it, half the start-up budget.
	p := tea.NewProgram(root, tea.WithInput(a.Stdin), tea.WithOutput(a.Stdout), tea.WithFPS(120))
	// A closed terminal (SIGHUP) would otherwise end the process before the
	// draft is written; Bubble Tea itself turns SIGTERM into a quit.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		if _, ok := <-hup; ok {
			p.Quit()
		}
	}()
	final, runErr := p.Run()
	// Whatever ended the program, what was typed is saved now.
	if m, ok := final.(*tui.Model); ok {
		if err := runCmd(m.Leave()); err != nil {
			fmt.Fprintln(a.Stderr, "debrief: "+a.P.T("tui.draft_failed", a.Explain(err)))
		}
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		return fmt.Errorf("%s", a.P.T("err.ui", runErr.Error()))
	}
	return nil
}

// runCmd runs a command and any batch it returns, for the saving done
// after the program has stopped, and returns the first error a message
// reports.
func runCmd(cmd tea.Cmd) error {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var first error
		for _, c := range msg {
			if err := runCmd(c); err != nil && first == nil {
				first = err
			}
		}
		return first
	case interface{ Err() error }:
		return msg.Err()
	}
	return nil
}

// flowDate is the date for new/edit: --date or the argument, today when
// empty.
func (a *App) flowDate(flag, s string) (journal.Date, error) {
	if s == "" {
		return a.Today()
	}
	return a.parseDateArg(flag, s)
}
