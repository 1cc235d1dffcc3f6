// Package editor is the field for long text — the vent, which may run to
// thousands of Chinese characters. Unlike the bubbles text area, which
// re-wraps and redraws the whole text on every key, it keeps the text as
// paragraphs with their layout cached, re-wraps only the paragraph that
// changed, and draws only the rows on screen; the scroll position is a
// paragraph and a row within it, moved in Update. Lines break by the
// app's rule (layout.Breaks: between Chinese characters, never before
// closing punctuation). The real terminal cursor is reported in the
// frame, for input methods.
package editor

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/tui/keys"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Model is a multi-line text editor.
type Model struct {
	lines       []line
	row, col    int // the cursor: a paragraph and a rune index in it
	goal        int // the column up and down keep (-1: none)
	top         pos // the first row on screen
	width       int
	height      int
	focused     bool
	placeholder string
	keys        keys.Editor
	text, ph    lipgloss.Style
	rev         int
	value       *valueCache
}

type valueCache struct {
	rev int
	s   string
	ok  bool
}

// New returns an empty editor showing placeholder while empty.
func New(placeholder string, k keys.Editor, text, ph lipgloss.Style) Model {
	return Model{lines: []line{newLine(nil)}, goal: -1, placeholder: placeholder, keys: k,
		text: text, ph: ph, width: 40, height: 5, value: &valueCache{}}
}

// SetStyles sets the text's and the placeholder's styles.
func (m *Model) SetStyles(text, ph lipgloss.Style) { m.text, m.ph = text, ph }

// SetWidth sets the width in cells: every paragraph is wrapped anew when
// it is next shown.
func (m *Model) SetWidth(w int) {
	m.width = max(w, 4)
	m.top.row = 0
	m.keepVisible()
}

// SetHeight sets how many rows show.
func (m *Model) SetHeight(h int) {
	m.height = max(h, 1)
	m.keepVisible()
}

// Height is the number of rows the editor draws.
func (m Model) Height() int { return m.height }

// MultiLine: enter starts a new line.
func (m Model) MultiLine() bool { return true }

// Focus gives the editor the keyboard.
func (m *Model) Focus() tea.Cmd { m.focused = true; return nil }

// Blur takes it away.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the editor has the keyboard.
func (m Model) Focused() bool { return m.focused }

// Rev counts the changes of the text.
func (m Model) Rev() int { return m.rev }

// Value is the text, joined from its paragraphs once per change.
func (m Model) Value() string {
	if m.value.ok && m.value.rev == m.rev {
		return m.value.s
	}
	var b strings.Builder
	for i, l := range m.lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(l.r))
	}
	*m.value = valueCache{rev: m.rev, s: b.String(), ok: true}
	return m.value.s
}

// SetValue replaces the text and puts the cursor at its end.
func (m *Model) SetValue(s string) {
	m.lines = m.lines[:0]
	for _, p := range strings.Split(normalize(s), "\n") {
		m.lines = append(m.lines, newLine([]rune(p)))
	}
	m.row = len(m.lines) - 1
	m.col = len(m.lines[m.row].r)
	// The end shows at the bottom of the screen.
	m.top = pos{}
	m.changed()
}

// Insert types s at the cursor as one change: a paste, or a burst of
// keys taken in at once.
func (m *Model) Insert(s string) {
	parts := strings.Split(normalize(s), "\n")
	cur := &m.lines[m.row]
	tail := append([]rune(nil), cur.r[m.col:]...)
	first := []rune(parts[0])
	cur.r = append(append(cur.r[:m.col:m.col], first...), tail...)
	cur.edited()
	if len(parts) == 1 {
		m.col += len(first)
		m.changed()
		return
	}
	cur.r = cur.r[:m.col+len(first)]
	more := make([]line, 0, len(parts)-1)
	for _, p := range parts[1:] {
		more = append(more, newLine([]rune(p)))
	}
	last := &more[len(more)-1]
	m.col = len(last.r)
	last.r = append(last.r, tail...)
	m.lines = append(m.lines[:m.row+1], append(more, m.lines[m.row+1:]...)...)
	m.row += len(more)
	m.changed()
}

// normalize makes every line end "\n", a tab a space, and the rest of
// the text what safetext.Terminal (the one rule for text on a terminal)
// makes of it: a control character or a bidi override a paste brings is
// shown as its visible stand-in, as the read views show it, never sent
// to the terminal raw.
func normalize(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\t", " ").Replace(s)
	return safetext.Terminal(s)
}

func (m *Model) changed() {
	m.rev++
	m.goal = -1
	m.keepVisible()
}

// Update handles keys and pastes when focused.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.focused {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.Insert(msg.Content)
	case tea.KeyPressMsg:
		m.key(msg)
	}
	return m, nil
}

// Handle is Update in place (a form slot).
func (m *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*m, cmd = m.Update(msg)
	return cmd
}

func (m *Model) key(k tea.KeyPressMsg) {
	km := m.keys
	l := &m.lines[m.row]
	switch {
	case key.Matches(k, km.Newline):
		m.Insert("\n")
	case key.Matches(k, km.DeleteBack):
		switch {
		case m.col > 0:
			m.cut(m.col-1, m.col)
		case m.row > 0:
			m.joinUp()
		}
	case key.Matches(k, km.DeleteForward):
		switch {
		case m.col < len(l.r):
			m.cut(m.col, m.col+1)
		case m.row+1 < len(m.lines):
			m.row++
			m.col = 0
			m.joinUp()
		}
	case key.Matches(k, km.DeleteWordBack):
		if m.col == 0 {
			if m.row > 0 {
				m.joinUp()
			}
			return
		}
		m.cut(wordLeft(l.r, m.col), m.col)
	case key.Matches(k, km.DeleteWordForward):
		if m.col < len(l.r) {
			m.cut(m.col, wordRight(l.r, m.col))
		}
	case key.Matches(k, km.DeleteToStart):
		if m.col > 0 {
			m.cut(0, m.col)
		}
	case key.Matches(k, km.DeleteToEnd):
		if m.col < len(l.r) {
			m.cut(m.col, len(l.r))
		}
	case key.Matches(k, km.Left):
		switch {
		case m.col > 0:
			m.col--
		case m.row > 0:
			m.row--
			m.col = len(m.lines[m.row].r)
		}
		m.moved()
	case key.Matches(k, km.Right):
		switch {
		case m.col < len(l.r):
			m.col++
		case m.row+1 < len(m.lines):
			m.row++
			m.col = 0
		}
		m.moved()
	case key.Matches(k, km.WordLeft):
		m.col = wordLeft(l.r, m.col)
		m.moved()
	case key.Matches(k, km.WordRight):
		m.col = wordRight(l.r, m.col)
		m.moved()
	case key.Matches(k, km.LineStart):
		m.col = 0
		m.moved()
	case key.Matches(k, km.LineEnd):
		m.col = len(l.r)
		m.moved()
	case key.Matches(k, km.Begin):
		m.row, m.col = 0, 0
		m.moved()
	case key.Matches(k, km.End):
		m.row = len(m.lines) - 1
		m.col = len(m.lines[m.row].r)
		m.moved()
	case key.Matches(k, km.Up):
		m.vertical(-1)
	case key.Matches(k, km.Down):
		m.vertical(1)
	default:
		if k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
			m.Insert(k.Text)
		}
	}
}

// cut removes runes a..b of the cursor's paragraph; the cursor goes to a.
func (m *Model) cut(a, b int) {
	l := &m.lines[m.row]
	l.r = append(l.r[:a], l.r[b:]...)
	l.edited()
	m.col = a
	m.changed()
}

// joinUp joins the cursor's paragraph to the one before it.
func (m *Model) joinUp() {
	prev := &m.lines[m.row-1]
	m.col = len(prev.r)
	prev.r = append(prev.r, m.lines[m.row].r...)
	prev.edited()
	m.lines = append(m.lines[:m.row], m.lines[m.row+1:]...)
	m.row--
	m.changed()
}

func (m *Model) moved() {
	m.goal = -1
	m.keepVisible()
}

// vertical moves the cursor a row up (-1) or down, keeping its column.
func (m *Model) vertical(d int) {
	l := &m.lines[m.row]
	if m.goal < 0 {
		m.goal = l.x(m.col, m.width)
	}
	k := l.rowOf(m.col, m.width) + d
	switch {
	case k >= 0 && k < len(l.rows(m.width)):
	case d < 0 && m.row > 0:
		m.row--
		k = len(m.lines[m.row].rows(m.width)) - 1
	case d > 0 && m.row+1 < len(m.lines):
		m.row++
		k = 0
	default:
		return
	}
	m.col = m.lines[m.row].colAt(k, m.goal, m.width)
	m.keepVisible()
}

func isWordRune(r rune) bool { return !unicode.IsSpace(r) && !unicode.IsPunct(r) }

func wordLeft(r []rune, col int) int {
	for col > 0 && !isWordRune(r[col-1]) {
		col--
	}
	for col > 0 && isWordRune(r[col-1]) {
		col--
	}
	return col
}

func wordRight(r []rune, col int) int {
	for col < len(r) && !isWordRune(r[col]) {
		col++
	}
	for col < len(r) && isWordRune(r[col]) {
		col++
	}
	return col
}

// cursor is the cursor's row.
func (m *Model) cursor() pos {
	return pos{m.row, m.lines[m.row].rowOf(m.col, m.width)}
}

// next is the row after p (ok false at the end).
func (m *Model) next(p pos) (pos, bool) {
	if p.row+1 < len(m.lines[p.line].rows(m.width)) {
		return pos{p.line, p.row + 1}, true
	}
	if p.line+1 < len(m.lines) {
		return pos{p.line + 1, 0}, true
	}
	return p, false
}

// prev is the row before p (ok false at the start).
func (m *Model) prev(p pos) (pos, bool) {
	if p.row > 0 {
		return pos{p.line, p.row - 1}, true
	}
	if p.line > 0 {
		return pos{p.line - 1, len(m.lines[p.line-1].rows(m.width)) - 1}, true
	}
	return p, false
}

// keepVisible scrolls so the cursor's row is on screen. It walks at most
// a screen of rows: only those paragraphs are ever wrapped.
func (m *Model) keepVisible() {
	if m.top.line >= len(m.lines) {
		m.top = pos{len(m.lines) - 1, 0}
	}
	if n := len(m.lines[m.top.line].rows(m.width)); m.top.row >= n {
		m.top.row = n - 1
	}
	c := m.cursor()
	if c.before(m.top) {
		m.top = c
		return
	}
	p := m.top
	for range m.height - 1 {
		if p == c {
			return
		}
		var ok bool
		if p, ok = m.next(p); !ok {
			break
		}
	}
	if p == c {
		return
	}
	// The cursor is below the screen: it goes on the last row.
	m.top = c
	for range m.height - 1 {
		var ok bool
		if m.top, ok = m.prev(m.top); !ok {
			break
		}
	}
}

// View draws the rows on screen; Frame adds the real cursor.
func (m Model) View() string { return strings.Join(m.Frame().Lines, "\n") }

// Frame is the rows on screen (exactly width × height) and, when focused,
// where the real cursor is.
func (m Model) Frame() layout.Frame {
	lines := make([]string, 0, m.height)
	var cur *tea.Cursor
	if len(m.lines) == 1 && len(m.lines[0].r) == 0 {
		lines = append(lines, m.ph.Render(layout.Truncate(m.placeholder, m.width)))
		if m.focused {
			cur = tea.NewCursor(0, 0)
		}
		return layout.Frame{Lines: lines, Cursor: cur}.Fit(m.width, m.height)
	}
	c := m.cursor()
	p := m.top
	for y := 0; y < m.height; y++ {
		l := &m.lines[p.line]
		a, b := l.span(p.row, m.width)
		// The spaces a row breaks at may run past the edge: not drawn.
		n, end := 0, a
		for end < b && n+l.cells[end].Width <= m.width {
			n += l.cells[end].Width
			end++
		}
		lines = append(lines, m.text.Render(string(l.r[a:end])))
		if m.focused && p == c {
			cur = tea.NewCursor(min(l.x(m.col, m.width), m.width-1), y)
		}
		var ok bool
		if p, ok = m.next(p); !ok {
			break
		}
	}
	return layout.Frame{Lines: lines, Cursor: cur}.Fit(m.width, m.height)
}
