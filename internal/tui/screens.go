package tui

import (
	"github.com/debrief-app/debrief/internal/tui/common"
	"github.com/debrief-app/debrief/internal/tui/flow"
	"github.com/debrief-app/debrief/internal/tui/history"
	"github.com/debrief-app/debrief/internal/tui/home"
	"github.com/debrief-app/debrief/internal/tui/ideas"
	"github.com/debrief-app/debrief/internal/tui/trends"
	"github.com/debrief-app/debrief/internal/tui/week"
)

// screen is one registered screen: its name, its key on home ("" for
// none), the i18n key of that key's description, and how to build it.
type screen struct {
	Name string
	Key  string
	Help string
	New  func(ctx *common.Context, open common.OpenMsg) common.Screen
}

// screens is every screen of the app; the package comment says how to add
// one. Home shows the ones with a Key in this order.
var screens = []screen{
	{Name: common.ScreenHome, New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return home.New(ctx) }},
	{Name: common.ScreenFlow, New: func(ctx *common.Context, o common.OpenMsg) common.Screen { return flow.New(ctx, o.Date, o.Edit) }},
	{Name: common.ScreenHistory, New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return history.New(ctx) }},
	{Name: trends.Name, Key: "t", Help: "tui.home.key_trends",
		New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return trends.New(ctx) }},
	{Name: week.Name, Key: "w", Help: "tui.home.key_week",
		New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return week.New(ctx) }},
	{Name: ideas.Name, Key: "i", Help: "tui.home.key_ideas",
		New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return ideas.New(ctx) }},
}
