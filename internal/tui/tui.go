// Package tui is the debrief app. Run owns the program; the root model
// routes between screens (a small state machine: one screen is current),
// owns the shared app.Context, computes the one box every screen draws
// into, and handles the keys that work everywhere (ctrl+c leaves safely,
// ? shows every key, ctrl+z suspends).
//
// # Adding a screen
//
// A screen is a package below internal/tui implementing app.Screen
// (Init, Update returning itself, SetSize, a pure View returning a
// layout.Frame of exactly that size, help.KeyMap). To make it reachable
// from home by one key, add one line to the screens table in screens.go:
//
//	{Name: "trends", Key: "t", Help: "tui.home.trends",
//	    New: func(ctx *app.Context, _ app.OpenMsg) app.Screen { return trends.New(ctx) }},
//
// and two messages to your room's i18n file: "tui.title.trends" (the header
// while the screen is open, e.g. 趋势 / trends) and the Help key (home's
// line after the key, e.g. 心情和工作量的趋势 / trends of mood and workload).
// Home lists the screen under its key and the root opens it when the key is
// pressed on home; any screen can also open it with
// app.Open("trends", date, false). Keys reserved on home: t (trends),
// w (week), i (ideas); n, enter, h, q and ? are taken.
//
// A screen goes back with `return m, app.GoBack` (to the screen it was
// opened from, or home); it reads and writes the
// journal only inside tea.Cmds (one operation each, never held open). Its
// keys come from ctx.Keys (package keys), never from comparing key names.
// A screen with a text field implements app.Capturer (letters are text,
// not keys) and puts the real cursor in its Frame (for input methods); one
// holding unsaved text implements app.Leaver so nothing is lost when the
// app ends; one whose fields copied styles implements app.Restyler.
package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/tui/app"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
	"github.com/debrief-app/debrief/internal/tui/ui/keyhelp"
)

// Minimum window the app draws into; smaller says so instead.
const (
	MinWidth  = 50
	MinHeight = 14
)

// Model is the root of the app.
type Model struct {
	ctx      *app.Context
	screen   app.Screen
	name     string
	fullHelp bool
	ask      *app.AskMsg // a question waiting for y or n
	// stack holds the screens left for another one, newest last: going
	// back returns to the one below, as it was left.
	stack         []suspended
	quitting      bool
	width, height int // the window; 0 until the terminal says
	// frame is the screen as last drawn: Update draws it, View returns it.
	frame tea.View
	burst burst
	// holding: the first frame waits for the first screen's data (first.go).
	holding bool
}

// New builds the root on ctx, opening the screen named in open. It builds
// the styles and every key map for the context.
func New(ctx *app.Context, open app.OpenMsg) *Model {
	// Dark until the terminal answers the background question.
	ctx.Styles = theme.New(true)
	ctx.Keys = keys.New(ctx.T)
	ctx.Shortcuts = ctx.Shortcuts[:0]
	for _, s := range screens {
		if s.Key != "" {
			ctx.Shortcuts = append(ctx.Shortcuts, app.Shortcut{Key: keys.For(s.Key, ctx.T(s.Help)), Screen: s.Name})
		}
	}
	m := &Model{ctx: ctx, burst: burst{clock: time.Now}}
	if open.Loading != nil {
		m.holding = true
		open.Loading = holdFor(open.Loading)
	}
	m.open(open)
	m.frame = m.draw()
	return m
}

// SetClock replaces the clock that tells a burst of keys from typing
// (tests make every key come at a human pace, or all at once).
func (m *Model) SetClock(now func() time.Time) { m.burst.clock = now }

// Screen is the current screen (tests and the runner look at it).
func (m *Model) Screen() app.Screen { return m.screen }

// ScreenName is the current screen's registered name.
func (m *Model) ScreenName() string { return m.name }

func (m *Model) open(msg app.OpenMsg) tea.Cmd {
	for _, s := range screens {
		if s.Name == msg.Screen {
			m.screen = s.New(m.ctx, msg)
			m.name = s.Name
			m.fullHelp, m.ask = false, nil
			m.screen.SetSize(m.body())
			return m.screen.Init()
		}
	}
	return nil
}

// suspended is a screen left open under another one.
type suspended struct {
	name   string
	screen app.Screen
}

// push opens a screen over the current one, which going back returns to.
func (m *Model) push(msg app.OpenMsg) tea.Cmd {
	if m.screen != nil {
		m.stack = append(m.stack, suspended{m.name, m.screen})
	}
	return m.open(msg)
}

// back returns to the screen the current one was opened from, reloaded
// (what it shows may have changed), or to home when there is none.
func (m *Model) back() tea.Cmd {
	if len(m.stack) == 0 {
		return m.open(app.OpenMsg{Screen: app.ScreenHome})
	}
	top := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	m.screen, m.name = top.screen, top.name
	m.fullHelp, m.ask = false, nil
	m.screen.SetSize(m.body())
	return m.screen.Init()
}

// Init starts the first screen and asks the terminal for its background.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.screen.Init(), tea.RequestBackgroundColor)
}

// Leave is the current screen's "save what was typed" command, nil when
// there is nothing to save. Run calls it after the program ends so SIGTERM
// and SIGHUP lose nothing either.
func (m *Model) Leave() tea.Cmd {
	if l, ok := m.screen.(app.Leaver); ok {
		return l.Leave()
	}
	return nil
}

func (m *Model) capturing() bool {
	c, ok := m.screen.(app.Capturer)
	return ok && c.Capturing()
}

// Update routes messages: the window and global keys here, the rest to
// the current screen; then it draws the frame View shows. Keys that come
// faster than anyone types, while a field has the keyboard, are gathered
// and taken in as one paste (see burst.go) without a frame each.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch first := msg.(type) {
	case firstLoaded:
		m.holding = false
		msg = first.msg
	case firstLate:
		m.holding = false
		m.frame = m.draw()
		return m, first.rest
	}
	if unseen(msg, m.ctx.Styles.Dark) {
		return m, nil
	}
	if f, ok := msg.(flushMsg); ok {
		if !m.burst.pending || f.seq != m.burst.seq {
			return m, nil
		}
		cmd := m.flush()
		m.frame = m.draw()
		return m, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.capturing() && m.ask == nil {
		if cmd, taken := m.burst.take(k); taken {
			return m, cmd
		}
	}
	// What came before is taken in first: the order of keys is kept.
	pre := m.flush()
	cmd := m.route(msg)
	m.frame = m.draw()
	if k, ok := msg.(tea.KeyPressMsg); ok && m.capturing() && k.Text != "" {
		m.burst.typed()
	}
	return m, tea.Batch(pre, cmd)
}

// flush hands the gathered keys to the screen as one paste.
func (m *Model) flush() tea.Cmd {
	text, ok := m.burst.drain()
	if !ok {
		return nil
	}
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(tea.PasteMsg{Content: text})
	return cmd
}

func (m *Model) route(msg tea.Msg) tea.Cmd {
	g := m.ctx.Keys.Global
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.screen.SetSize(m.body())
		return nil
	case tea.BackgroundColorMsg:
		m.ctx.Styles = theme.New(msg.IsDark())
		if r, ok := m.screen.(app.Restyler); ok {
			r.Restyle(m.ctx.Styles)
		}
		return nil
	case app.AskMsg:
		m.ask, m.fullHelp = &msg, false
		return nil
	case app.OpenMsg:
		// In sequence: what the old screen leaves behind is written before
		// the new one reads.
		if msg.Replace {
			return tea.Sequence(m.Leave(), m.open(msg))
		}
		return tea.Sequence(m.Leave(), m.push(msg))
	case app.BackMsg:
		return tea.Sequence(m.Leave(), m.back())
	case app.HomeMsg:
		m.stack = nil
		return tea.Sequence(m.Leave(), m.open(app.OpenMsg{Screen: app.ScreenHome}))
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, g.Quit):
			m.quitting = true
			return tea.Sequence(m.Leave(), tea.Quit)
		case key.Matches(msg, g.Suspend):
			return tea.Sequence(m.Leave(), tea.Suspend)
		case m.ask != nil:
			return m.answer(msg)
		case key.Matches(msg, m.helpKey()):
			m.fullHelp = !m.fullHelp
			return nil
		case m.fullHelp && key.Matches(msg, g.Close):
			m.fullHelp = false
			return nil
		case m.name == app.ScreenHome && !m.capturing():
			for _, s := range m.ctx.Shortcuts {
				if key.Matches(msg, s.Key) {
					return m.push(app.OpenMsg{Screen: s.Screen})
				}
			}
		}
		// Any other key closes the help and goes to the screen.
		m.fullHelp = false
	}
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	return cmd
}

// answer takes a key while a question is asked: y hands the screen what
// the question was for, n and esc drop it, any other key waits.
func (m *Model) answer(k tea.KeyPressMsg) tea.Cmd {
	a := m.ctx.Keys.Ask
	switch {
	case key.Matches(k, a.Yes):
		yes := m.ask.Yes
		m.ask = nil
		var cmd tea.Cmd
		m.screen, cmd = m.screen.Update(yes)
		return cmd
	case key.Matches(k, a.No):
		m.ask = nil
	}
	return nil
}

// The rows around the screen: the title and the rule under it, a blank
// gap, and the one-line footer.
const (
	headerHeight = 2
	gapHeight    = 1
	footerHeight = 1
)

// body is the box the current screen draws into: the window less the
// header, the gap and the footer. This is the one place a size is
// computed from the window; every screen splits its own box in SetSize.
func (m *Model) body() (w, h int) {
	return m.width, max(m.height-headerHeight-gapHeight-footerHeight, 1)
}

// helpKey is the key that opens every key: ? — or f1 while a text field
// takes ? as text.
func (m *Model) helpKey() key.Binding {
	g := m.ctx.Keys.Global
	if m.capturing() {
		b := keys.Only(g.Help, "f1")
		b.SetHelp("f1", g.Help.Help().Desc)
		return b
	}
	return keys.Only(g.Help, "?")
}

// footerKeys are what the footer shows: the screen's short help, most
// important first, as many as fit whole; then always the help key and
// quit, so every other key and the way out are one key away.
func (m *Model) footerKeys() []key.Binding {
	first, keep := m.footerParts()
	return keyhelp.Fit(first, keep, m.width)
}

// footerParts are the keys the footer offers, most important first, and
// the ones it always keeps.
func (m *Model) footerParts() (first, keep []key.Binding) {
	g := m.ctx.Keys.Global
	switch {
	case m.ask != nil:
		return nil, []key.Binding{m.ctx.Keys.Ask.Yes, m.ctx.Keys.Ask.No, g.Quit}
	case m.fullHelp:
		return nil, []key.Binding{g.Close, g.Quit}
	}
	return m.screen.ShortHelp(), []key.Binding{m.helpKey(), g.Quit}
}

// footer is one line of keys.
func (m *Model) footer() string {
	first, keep := m.footerParts()
	return keyhelp.Line(first, keep, m.width, m.ctx.Styles.Help)
}

// helpPanel is every key of the screen and the global ones, in the body's
// box (keyhelp.Panel).
func (m *Model) helpPanel(w, h int) layout.Frame {
	g := m.ctx.Keys.Global
	groups := append(m.screen.FullHelp(), []key.Binding{m.helpKey(), g.Close, g.Quit, g.Suspend})
	return keyhelp.Panel(groups, w, m.ctx.Styles.Help).Fit(w, h)
}

// View is the frame the last Update drew.
func (m *Model) View() tea.View { return m.frame }

// draw draws the header, the current screen (or every key) and the
// footer, and puts the real cursor where the screen's focused field is.
func (m *Model) draw() tea.View {
	w, h := m.width, m.height
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "debrief"
	if m.quitting || w == 0 || h == 0 {
		return v
	}
	if m.holding {
		// Blank, but the window's size: an empty frame would make the
		// renderer shrink its buffers to nothing and grow them again for
		// the first real frame.
		v.Content = strings.Repeat("\n", h-1)
		return v
	}
	if w < MinWidth || h < MinHeight {
		v.Content = strings.Join(layout.Wrap(m.ctx.T("tui.too_small", w, h, MinWidth, MinHeight), max(w, 10)), "\n")
		return v
	}
	st := m.ctx.Styles
	date := m.ctx.Today
	if d, ok := m.screen.(app.Dated); ok && d.Date() != 0 {
		date = d.Date()
	}
	title := st.Header.Render("debrief") + st.Muted.Render(" · "+m.ctx.T("tui.title."+m.name)+" · "+date.String())
	header := layout.Text(layout.Truncate(title, w), st.Muted.Render(strings.Repeat("─", w)))
	bw, bh := m.body()
	var body layout.Frame
	if m.fullHelp {
		body = m.helpPanel(bw, bh)
	} else {
		body = m.screen.View().Fit(bw, bh)
	}
	gap := ""
	if m.ask != nil {
		gap = st.Error.Render(layout.Truncate(m.ask.Question, w))
	}
	page := layout.Stack(header, body, layout.Text(gap, m.footer()))
	// Blank cells at the end of a line need not be written.
	for i, l := range page.Lines {
		page.Lines[i] = strings.TrimRight(l, " ")
	}
	v.Content = page.String()
	v.Cursor = page.Cursor
	return v
}
