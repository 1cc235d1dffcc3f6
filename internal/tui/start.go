package tui

import (
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

// StartScreen says where `debrief` opens: on the welcome when nothing was
// ever written in the journal (a first run, or a fresh journal path);
// straight into the debrief when today is a scheduled workday (by weekday
// or rotation) with no entry and not marked as a day off; home otherwise.
// It reads the journal once (day.Journal.Opening), so call it before
// the program starts.
func StartScreen(ctx *app.Context) (app.OpenMsg, error) {
	home := app.OpenMsg{Screen: app.ScreenHome}
	o, err := ctx.Journal.Opening(ctx.Today)
	switch {
	case err != nil:
		return home, err
	case o.Empty:
		return app.OpenMsg{Screen: welcome.Name}, nil
	case o.Scheduled && o.Today.Off == nil && o.Today.Entry == nil:
		return app.OpenMsg{Screen: app.ScreenFlow, Date: ctx.Today}, nil
	}
	return home, nil
}
