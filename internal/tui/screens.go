package tui

import (
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/flow"
	"github.com/debrief-app/debrief/internal/tui/history"
	"github.com/debrief-app/debrief/internal/tui/home"
	"github.com/debrief-app/debrief/internal/tui/ideas"
	"github.com/debrief-app/debrief/internal/tui/playbook"
	"github.com/debrief-app/debrief/internal/tui/trends"
	"github.com/debrief-app/debrief/internal/tui/week"
	"github.com/debrief-app/debrief/internal/tui/welcome"
)

// screen is one registered screen: its name, its key on home ("" for
// none), the i18n key of that key's description, and how to build it.
type screen struct {
	Name string
	Key  string
	Help string
	New  func(ctx *app.Context, open app.OpenMsg) app.Screen
}

// screens is every screen of the app; the package comment says how to add
// one. Home shows the ones with a Key in this order.
var screens = []screen{
	{Name: app.ScreenHome, New: func(ctx *app.Context, o app.OpenMsg) app.Screen { return home.New(ctx, o.Loading) }},
	{Name: app.ScreenFlow, New: func(ctx *app.Context, o app.OpenMsg) app.Screen { return flow.New(ctx, o.Date, o.Edit) }},
	{Name: welcome.Name, New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return welcome.New(ctx) }},
	{Name: app.ScreenHistory, New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return history.New(ctx) }},
	{Name: trends.Name, Key: "t", Help: "tui.home.key_trends",
		New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return trends.New(ctx) }},
	{Name: week.Name, Key: "w", Help: "tui.home.key_week",
		New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return week.New(ctx) }},
	{Name: ideas.Name, Key: "i", Help: "tui.home.key_ideas",
		New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return ideas.New(ctx) }},
	{Name: playbook.Name, Key: "p", Help: "tui.home.key_playbook",
		New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return playbook.New(ctx) }},
}

// flowDate is the date of the debrief flow when it is the current screen.
func (m *Model) flowDate() (journal.Date, bool) {
	if f, ok := m.screen.(*flow.Model); ok {
		return f.Date(), true
	}
	return 0, false
}
