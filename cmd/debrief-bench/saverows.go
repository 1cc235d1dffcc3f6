package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/debrief-app/debrief/internal/store"
)

// savedTitle is what the saved screen shows (after the date).
const savedTitle = "的复盘已保存。辛苦了！"

// appSave times the app's save of a debrief, the path every end of shift
// takes (ctrl+s in the flow: day.Writer.Save, the entry written and the
// day's draft deleted in one transaction). Deleting the draft removes
// text, so the journal is rewritten and checked and each backup looked
// at before the saved screen comes. Each run is a fresh copy of the
// journal with a week of daily backups (today's made by the app's first
// draft save, as a person's first open of the day makes it), the flow
// walked to the vent and 200 characters pasted into it; then the time from
// ctrl+s to the saved screen, and the app's CPU time meanwhile.
func (b *bench) appSave(s size) (result, error) {
	var walls, cpus []time.Duration
	for i := range b.warmup + b.runs {
		db, err := b.copyJournal(s.db, "appsave")
		if err != nil {
			return result{}, err
		}
		if err := oldBackups(db, 6); err != nil {
			return result{}, err
		}
		app, err := b.openVentOf(db)
		if err != nil {
			return result{}, err
		}
		wall, cpu, err := saveDebrief(app)
		app.stop()
		if err != nil {
			return result{}, fmt.Errorf("run %d: %w", i+1, err)
		}
		if i >= b.warmup {
			walls = append(walls, wall)
			cpus = append(cpus, cpu)
		}
	}
	var r result
	r.summarize(walls, cpus)
	r.tool = "pty"
	return r, nil
}

// saveDebrief pastes a vent and saves the debrief with ctrl+s.
func saveDebrief(app *session) (wall, cpu time.Duration, err error) {
	m := app.mark()
	if _, err := app.master.Write([]byte("\x1b[200~" + ventOf(200, pasteEnd) + "\x1b[201~")); err != nil {
		return 0, 0, err
	}
	if _, err := app.waitFor(pasteEnd, m, 30*time.Second); err != nil {
		return 0, 0, fmt.Errorf("the pasted vent: %w", err)
	}
	app.quiet(300*time.Millisecond, 5*time.Second)
	m = app.mark()
	cpu0 := app.cpu()
	t0 := time.Now()
	if _, err := app.master.Write([]byte{0x13}); err != nil { // ctrl+s
		return 0, 0, err
	}
	at, err := app.waitFor(savedTitle, m, 30*time.Second)
	if err != nil {
		return 0, 0, fmt.Errorf("the saved screen: %w", err)
	}
	app.quiet(40*time.Millisecond, 2*time.Second)
	return at.Sub(t0), app.cpu() - cpu0, nil
}

// oldBackups gives the journal db the daily backups of the n days before
// today, copies of it, as a person who writes every day has.
func oldBackups(db string, n int) error {
	dir := store.BackupDir(db)
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	data, err := os.ReadFile(db)
	if err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		day := time.Now().AddDate(0, 0, -i).Format("2006-01-02")
		if err := os.WriteFile(filepath.Join(dir, "journal-"+day+".db"), data, 0o600); err != nil {
			return err
		}
	}
	return nil
}
