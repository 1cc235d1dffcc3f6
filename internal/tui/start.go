package tui

import (
	"github.com/debrief-app/debrief/internal/store"
	"github.com/debrief-app/debrief/internal/tui/app"
)

// StartScreen says where `debrief` opens: straight into the debrief when
// today is a scheduled workday with no entry and not marked as a day off,
// home otherwise. It reads the journal, so call it before the program
// starts.
func StartScreen(ctx *app.Context) (app.OpenMsg, error) {
	home := app.OpenMsg{Screen: app.ScreenHome}
	if !ctx.Cfg.IsWorkday(ctx.Today.Weekday()) {
		return home, nil
	}
	var open bool
	err := ctx.Read(func(tx *store.Tx) error {
		_, off, err := tx.DayOff(ctx.Today)
		open = !off && !tx.HasEntry(ctx.Today)
		return err
	})
	if err != nil {
		return home, err
	}
	if open {
		return app.OpenMsg{Screen: app.ScreenFlow, Date: ctx.Today}, nil
	}
	return home, nil
}
