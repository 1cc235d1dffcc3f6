package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/extedit"
	"github.com/debrief-app/debrief/internal/tui/home"
	"github.com/mattn/go-runewidth"
)

// Open says which screen the app starts on: the zero value lets the app
// decide (StartScreen), Screen names one (ScreenFlow with a Date and Edit
// for `debrief new` and `debrief edit`).
type Open = app.OpenMsg

// Screens the command line can open directly.
const (
	ScreenHome = app.ScreenHome
	ScreenFlow = app.ScreenFlow
)

// Options are what one run of the app needs from the command line.
type Options struct {
	Printer *i18n.Printer
	Paths   config.Paths
	// Journal is the journal the app reads and writes, with the config
	// (work schedule, wellbeing signal); its warnings are not printed while
	// the app draws on the terminal.
	Journal *day.Journal
	Today   journal.Date
	Now     func() time.Time
	Getenv  func(string) string
	Open    Open
	In      io.Reader
	Out     io.Writer
	// SaveFailed hears that what was typed could not be saved after the
	// app ended (the journal locked, the disk full): the person must be
	// told, in one line.
	SaveFailed func(error)
	// DraftKept hears that the app ended in the debrief flow with the
	// date's draft kept in the journal: the shell is told, so a person who
	// pressed ctrl+c knows nothing was lost.
	DraftKept func(journal.Date)
}

// Run runs the app on a terminal until the person leaves, the terminal
// closes (SIGHUP) or the process is told to stop (SIGINT, SIGTERM: Bubble
// Tea turns them into a quit). However it ends, what was typed is saved
// before Run returns; a save that fails goes to opt.SaveFailed.
func Run(ctx context.Context, opt Options) error {
	// Under a zh_* locale go-runewidth would count ambiguous punctuation
	// (“” … —) as two cells while lipgloss counts one; the text area moves
	// its cursor with runewidth, so both must agree.
	runewidth.DefaultCondition.EastAsianWidth = false
	actx := &app.Context{
		P: opt.Printer, Paths: opt.Paths, Journal: opt.Journal,
		Today: opt.Today, Now: opt.Now, Getenv: opt.Getenv,
	}
	open := opt.Open
	if open.Screen == "" {
		var err error
		if open, err = StartScreen(actx); err != nil {
			return err
		}
	}
	if open.Screen == ScreenHome {
		// Home's read starts now and overlaps the program's start; the
		// first frame shows the loaded home when it is done by then.
		open.Loading = home.Preload(actx)
	}
	root := New(actx, open)
	// A closed terminal (SIGHUP) ends the program through its context, so
	// the draft is written below rather than lost with the process.
	hup, stop := signal.NotifyContext(ctx, syscall.SIGHUP)
	defer stop()
	// The renderer flushes on its frame ticker: at the default 60 fps the
	// first frame waits up to 16 ms for it, half the start-up budget.
	p := tea.NewProgram(root, tea.WithContext(hup), tea.WithInput(opt.In), tea.WithOutput(opt.Out), tea.WithFPS(120))
	// The first wide character measured builds go-runewidth's table of
	// every code point (two 1.1 MB arrays, a few ms of page faults and
	// copying); the renderer would do it inside the first frame. Built
	// now, it fills the wait for the renderer's first tick, beside home's
	// read, and leaves the CPU to the start until here (on two cores, a
	// third goroutine from the start delayed both). A Condition of its
	// own: the table is shared, the default condition is not touched.
	go (&runewidth.Condition{}).RuneWidth('中')
	final, runErr := p.Run()
	if m, ok := final.(*Model); ok {
		err := runCmd(m.Leave())
		if err != nil && opt.SaveFailed != nil {
			opt.SaveFailed(err)
		}
		// A closed terminal (SIGHUP) has no one to tell: no extra read.
		if date, ok := m.flowDate(); ok && err == nil && opt.DraftKept != nil && hup.Err() == nil {
			if st, err := opt.Journal.Start(date); err == nil && st.Draft != nil {
				opt.DraftKept(date)
			}
		}
	}
	// Ended by our own context (the terminal closed) or by SIGINT is a
	// normal end: what was typed is saved.
	if runErr != nil && !(errors.Is(runErr, tea.ErrProgramKilled) && hup.Err() != nil) &&
		!errors.Is(runErr, tea.ErrInterrupted) {
		return fmt.Errorf("%s", actx.T("err.ui", runErr.Error()))
	}
	return nil
}

// runCmd runs a command and any batch it returns, for the
// saving done after the program has stopped, and returns the first error a
// message reports.
func runCmd(cmd tea.Cmd) error {
	if cmd == nil {
		return nil
	}
	var cmds []tea.Cmd
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		cmds = msg
	case app.Failure:
		return msg.Err()
	}
	var first error
	for _, c := range cmds {
		if err := runCmd(c); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// EditorDir is where the app keeps the files it hands to $EDITOR; the
// command line removes leftovers there at start-up.
func EditorDir(dataDir string) string { return extedit.Dir(dataDir) }
