// Package cli is debrief's command line: one small file per command, each
// parsing its flags and calling the rooms that do the work. app.go holds
// what every command shares: the language, the config, the paths and
// "today"; errors.go turns errors into one line a person understands.
package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// Version of debrief, set at build time with -ldflags "-X ...cli.Version=".
var Version = "0.1.0-dev"

// App is what every command shares, built once per run.
type App struct {
	P      *i18n.Printer
	Cfg    config.Config
	Paths  config.Paths
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time

	dbFlag     string
	langFlag   string
	cfgErr     error
	cfgCreated bool
}

// Journal is the person's journal for the use cases (internal/day), its
// warnings printed on stderr.
func (a *App) Journal() *day.Journal {
	j := day.New(a.Paths.DB, a.Cfg, a.Now)
	j.Options.RecordClock = a.Clock
	if journalHook != nil {
		journalHook(j)
	}
	j.Warn = a.warn
	return j
}

// journalHook lets tests change how the journal is opened (a small
// MaxSize stands for a full disk). Nil in the program.
var journalHook func(*day.Journal)

// Clock is the time every timestamp debrief writes into a record or an
// archive is taken from: the records' created/updated times, a jot's
// time, a backup's exported_at. DEBRIEF_TODAY moves it to that date
// (config.Clock); reminders, "today" and the daily snapshots' days read
// the wall clock (a.Now).
func (a *App) Clock() time.Time { return a.Cfg.Clock(a.Now, a.Getenv)() }

// Today is the current shift date (DEBRIEF_TODAY overrides).
func (a *App) Today() (journal.Date, error) {
	return a.Cfg.Today(a.Now(), a.Getenv)
}

func (a *App) warn(ws []day.Warning) {
	for _, w := range ws {
		switch {
		case w.Compact != nil:
			fmt.Fprintln(a.Stderr, "debrief: "+safetext.Line(a.P.T("warn.compact_failed", w.Path, w.Compact.Error())))
			continue
		case w.SnapshotKept != nil:
			fmt.Fprintln(a.Stderr, "debrief: "+safetext.Line(a.P.T("warn.snapshot_kept", w.Path, a.Explain(w.SnapshotKept))))
			continue
		case w.SnapshotRemoved != nil:
			fmt.Fprintln(a.Stderr, "debrief: "+safetext.Line(a.P.T("warn.snapshot_removed", w.Path, a.Explain(w.SnapshotRemoved))))
			continue
		}
		if w.Backup != nil {
			fmt.Fprintln(a.Stderr, "debrief: "+safetext.Line(a.P.T("warn.backup_failed", w.Path, w.Backup.Error())))
			continue
		}
		key := "warn.file_mode"
		want := "600"
		if w.Dir {
			key, want = "warn.dir_mode", "700"
		}
		fmt.Fprintln(a.Stderr, "debrief: "+a.P.T(key, w.Path, fmt.Sprintf("%04o", w.Mode), want, w.Path))
	}
}

// colorWriter downsamples colour for the real output: none to a pipe or a
// file, none with NO_COLOR.
func (a *App) colorWriter() *colorprofile.Writer {
	return colorprofile.NewWriter(a.Stdout, os.Environ())
}
