package tui

import (
	"github.com/debrief-app/debrief/internal/tui/app"
)

// StartScreen says where `debrief` opens: straight into the debrief when
// today is a scheduled workday (by weekday or rotation) with no entry and not marked as a day off,
// home otherwise. It reads the journal, so call it before the program
// starts.
func StartScreen(ctx *app.Context) (app.OpenMsg, error) {
	home := app.OpenMsg{Screen: app.ScreenHome}
	if !ctx.Journal.OnSchedule(ctx.Today) {
		return home, nil
	}
	d, err := ctx.Journal.Day(ctx.Today)
	if err != nil {
		return home, err
	}
	if d.Off == nil && d.Entry == nil {
		return app.OpenMsg{Screen: app.ScreenFlow, Date: ctx.Today}, nil
	}
	return home, nil
}
