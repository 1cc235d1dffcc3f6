// Package tui is the debrief app: the root model routes between screens
// (a small state machine: one screen is current), owns the shared
// common.Context, and handles the keys that work everywhere (ctrl+c leaves
// safely, ? shows every key, ctrl+z suspends).
//
// # Adding a screen
//
// A screen is a package below internal/tui implementing common.Screen
// (Init, Update returning itself, View(width, height), help.KeyMap,
// SetSize). To make it reachable from home by one key, add one line to
// the screens table in screens.go:
//
//	{Name: "trends", Key: "t", Help: "tui.home.trends",
//	    New: func(ctx *common.Context, _ common.OpenMsg) common.Screen { return trends.New(ctx) }},
//
// and two messages to your room's i18n file: "tui.title.trends" (the header
// while the screen is open, e.g. 趋势 / trends) and the Help key (home's
// line after the key, e.g. 心情和工作量的趋势 / trends of mood and workload).
// Home lists the screen under its key and the root opens it when the key is
// pressed on home; any screen can also open it with
// common.Open("trends", date, false). Keys reserved on home: t (trends),
// w (week), i (ideas); n, enter, h, q and ? are taken.
//
// A screen goes back with `return m, common.GoHome`; it reads and writes
// the journal only inside tea.Cmds, with ctx.Read / ctx.Write (one
// operation each, never held open). A screen with a text field implements
// common.Capturer (letters are text, not keys) and common.Cursorer (the
// real terminal cursor, for input methods); one holding unsaved text
// implements common.Leaver so nothing is lost when the app ends. The
// root passes every message it does not handle itself to the current
// screen, tea.BackgroundColorMsg included (after updating ctx.Styles).
package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-app/debrief/internal/tui/common"
)

// Minimum window the app draws into; smaller says so instead.
const (
	MinWidth  = 50
	MinHeight = 14
)

// Model is the root of the app.
type Model struct {
	ctx      *common.Context
	screen   common.Screen
	name     string
	help     help.Model
	fullHelp bool
	quitting bool
}

// New builds the root on ctx, opening the screen named in open.
func New(ctx *common.Context, open common.OpenMsg) *Model {
	// Dark until the terminal answers the background question.
	ctx.Styles = common.NewStyles(ctx.Styles.Dark)
	ctx.Keys = common.NewGlobalKeys(ctx.T)
	ctx.Shortcuts = ctx.Shortcuts[:0]
	for _, s := range screens {
		if s.Key != "" {
			ctx.Shortcuts = append(ctx.Shortcuts, common.Shortcut{Key: s.Key, Screen: s.Name, Help: s.Help})
		}
	}
	m := &Model{ctx: ctx, help: help.New()}
	m.help.SetWidth(ctx.Width)
	m.open(open)
	return m
}

// Screen is the current screen (tests and the runner look at it).
func (m *Model) Screen() common.Screen { return m.screen }

// ScreenName is the current screen's registered name.
func (m *Model) ScreenName() string { return m.name }

func (m *Model) open(msg common.OpenMsg) tea.Cmd {
	for _, s := range screens {
		if s.Name == msg.Screen {
			m.screen = s.New(m.ctx, msg)
			m.name = s.Name
			m.fullHelp = false
			m.screen.SetSize(m.ctx.Width, m.bodyHeight())
			return m.screen.Init()
		}
	}
	return nil
}

// Init starts the first screen and asks the terminal for its background.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.screen.Init(), tea.RequestBackgroundColor)
}

// Leave is the current screen's "save what was typed" command, nil when
// there is nothing to save. The runner calls it after the program ends so
// SIGTERM and SIGHUP lose nothing either.
func (m *Model) Leave() tea.Cmd {
	if l, ok := m.screen.(common.Leaver); ok {
		return l.Leave()
	}
	return nil
}

func (m *Model) capturing() bool {
	c, ok := m.screen.(common.Capturer)
	return ok && c.Capturing()
}

// Update routes messages: window and global keys here, the rest to the
// current screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		m.screen.SetSize(msg.Width, m.bodyHeight())
		return m, nil
	case tea.BackgroundColorMsg:
		m.ctx.Styles = common.NewStyles(msg.IsDark())
		m.help.Styles = help.DefaultStyles(msg.IsDark())
		// The screen hears it too: its text fields keep their own styles.
	case common.OpenMsg:
		// In sequence: what the old screen leaves behind is written before
		// the new one reads.
		leave := m.leaveCmd()
		return m, tea.Sequence(leave, m.open(msg))
	case common.HomeMsg:
		leave := m.leaveCmd()
		return m, tea.Sequence(leave, m.open(common.OpenMsg{Screen: common.ScreenHome}))
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.ctx.Keys.Quit):
			m.quitting = true
			return m, tea.Sequence(m.leaveCmd(), tea.Quit)
		case msg.String() == "ctrl+z":
			return m, tea.Sequence(m.leaveCmd(), tea.Suspend)
		case key.Matches(msg, m.ctx.Keys.Help) && !m.capturing():
			m.fullHelp = !m.fullHelp
			m.screen.SetSize(m.ctx.Width, m.bodyHeight())
			return m, nil
		case m.fullHelp && key.Matches(msg, m.ctx.Keys.Back):
			m.fullHelp = false
			m.screen.SetSize(m.ctx.Width, m.bodyHeight())
			return m, nil
		case m.name == common.ScreenHome:
			for _, s := range m.ctx.Shortcuts {
				if msg.String() == s.Key {
					return m, m.open(common.OpenMsg{Screen: s.Screen})
				}
			}
		}
	}
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	return m, cmd
}

func (m *Model) leaveCmd() tea.Cmd { return m.Leave() }

// headerHeight is the title line and the rule under it.
const headerHeight = 2

func (m *Model) footer() string {
	var s string
	if m.fullHelp {
		s = m.help.FullHelpView(append(m.screen.FullHelp(), m.globalHelp()))
	} else {
		s = m.help.ShortHelpView(append(m.screen.ShortHelp(), m.ctx.Keys.Help, m.ctx.Keys.Quit))
	}
	// The help bubble lets a row run past its width when the items before
	// fill it exactly; cut every row to the window.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.ctx.Width, "…")
	}
	return strings.Join(lines, "\n")
}

func (m *Model) globalHelp() []key.Binding {
	return []key.Binding{m.ctx.Keys.Help, m.ctx.Keys.Back, m.ctx.Keys.Quit}
}

func (m *Model) bodyHeight() int {
	if m.screen == nil {
		return max(m.ctx.Height-headerHeight-1, 1)
	}
	return max(m.ctx.Height-headerHeight-lipgloss.Height(m.footer())-1, 1)
}

// View draws the header, the current screen and the help footer, and puts
// the real cursor where the screen's focused field is.
func (m *Model) View() tea.View {
	w, h := m.ctx.Width, m.ctx.Height
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "debrief"
	if m.quitting {
		return v
	}
	if w < MinWidth || h < MinHeight {
		v.Content = lipgloss.Wrap(m.ctx.T("tui.too_small", w, h, MinWidth, MinHeight), max(w, 10), "")
		return v
	}
	st := m.ctx.Styles
	date := m.ctx.Today
	if d, ok := m.screen.(common.Dated); ok && d.Date() != 0 {
		date = d.Date()
	}
	title := st.Header.Render("debrief") + st.Muted.Render(" · "+m.ctx.T("tui.title."+m.name)+" · "+date.String())
	header := ansi.Truncate(title, w, "…") + "\n" + st.Muted.Render(strings.Repeat("─", w))
	footer := m.footer()
	bh := max(h-headerHeight-strings.Count(footer, "\n")-2, 1)
	body := m.screen.View(w, bh)
	// Pad the body so the footer stays at the bottom.
	if n := lipgloss.Height(body); n < bh {
		body += strings.Repeat("\n", bh-n)
	}
	v.Content = header + "\n" + body + "\n\n" + footer
	if c, ok := m.screen.(common.Cursorer); ok {
		if cur := c.Cursor(); cur != nil {
			cc := *cur
			cc.Y += headerHeight
			v.Cursor = &cc
		}
	}
	return v
}
