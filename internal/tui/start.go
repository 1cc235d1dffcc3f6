package tui

import (
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

// StartScreen says where `debrief` opens: on the welcome when nothing was
// ever written in the journal (a first run, or a fresh journal path);
// straight into the debrief when today is a scheduled workday (by weekday
// or rotation) with no entry and not marked as a day off; home otherwise.
// It reads the journal, so call it before the program starts.
func StartScreen(ctx *app.Context) (app.OpenMsg, error) {
	home := app.OpenMsg{Screen: app.ScreenHome}
	if empty, err := ctx.Journal.Empty(ctx.Today); err != nil {
		return home, err
	} else if empty {
		return app.OpenMsg{Screen: welcome.Name}, nil
	}
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
