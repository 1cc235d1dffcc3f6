// Package keys is every key binding of the app, built once per language
// (their help text is in the person's language) and kept in the app's
// Context. Components copy the part they use and enable or disable
// bindings as their state changes, so the help shown is always what the
// keys do. Nothing outside this package compares a key's name with a
// string: a key is matched with key.Matches against a binding from here.
package keys

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Map is every binding of the app.
type Map struct {
	Global  Global
	Ask     Ask
	List    List
	Pager   Pager
	Choice  Choice
	Home    Home
	Welcome Welcome
	History History
	Ideas   Ideas
	Week    Week
	Trends  Trends
	// Playbook: the Playbook screen (我的方法).
	Playbook Playbook
	Flow     Flow
	// Conflict is the flow's question when saving met a change made
	// elsewhere.
	Conflict Conflict
	Editor   Editor
	// Passphrase is the prompt of History's reader for a sealed vent.
	Passphrase Passphrase
}

// Global keys work on every screen; the root handles them.
type Global struct {
	Quit    key.Binding // ctrl+c: leave safely (drafts are saved first)
	Help    key.Binding // ?: every key
	Close   key.Binding // esc: close the help
	Suspend key.Binding // ctrl+z
}

// Ask answers the question asked before something is removed (app.Ask).
type Ask struct {
	Yes, No key.Binding
}

// List moves the selection of a list.
type List struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// Pager scrolls a text to read.
type Pager struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom key.Binding
}

// Choice moves a picker (shift kind, mood, channel…); a digit picks the
// option of that number.
type Choice struct {
	Prev, Next, Clear, Pick key.Binding
}

// Home is the home screen.
type Home struct {
	New, History, Quit key.Binding
}

// Welcome is the first-run welcome: start the first debrief, or look
// around home first.
type Welcome struct {
	Start, Home key.Binding
}

// History is the list of entries, its filter, the reader and the delete
// question.
type History struct {
	Filter, Open, Edit, Delete, Back key.Binding
	FilterDone, FilterClear          key.Binding
	Unlock                           key.Binding // the reader: a sealed vent
	Pin                              key.Binding // the reader: pin the cases for the review
}

// Ideas is the ideas backlog and its impact field.
type Ideas struct {
	Up, Down, Forward, Backward, Decline, Impact, Filter, Back key.Binding
	Open, Save, Cancel                                         key.Binding
}

// Week is the week's summary and the weekly review form.
type Week struct {
	Prev, Next, Review, Back      key.Binding
	Save, Field, FieldBack, Close key.Binding
}

// Trends is the trends screen's pages.
type Trends struct {
	Next, Prev, Page, Back key.Binding
	// Earlier, Later step the Year page a year back or forward; there ←/→
	// do that instead of turning the page (tab does).
	Earlier, Later key.Binding
}

// Playbook is the Playbook screen: it scrolls (Pager) and goes back.
type Playbook struct {
	Back key.Binding
}

// Flow is the debrief: moving between fields and steps, saving, the case
// and idea lists, and the resume question.
type Flow struct {
	Next, Prev, NextStep, PrevStep, Back, Save key.Binding
	Editor, Add, Remove, Jot, Suggest, Open    key.Binding
	AddIdea, Resume, Restart                   key.Binding
}

// Conflict answers "this date was changed elsewhere while you wrote":
// keep both, keep mine, keep theirs, or go back without choosing. The
// differences scroll with the pager's keys, but for b (both here).
type Conflict struct {
	Both, Mine, Theirs, Back key.Binding
}

// Passphrase is the passphrase prompt (History's reader, a sealed vent):
// every other key types into the passphrase.
type Passphrase struct {
	Unlock, Cancel, Erase, EraseAll key.Binding
}

// Editor moves and deletes in a long text, as the bubbles text area does
// (its own keys: they are not in the help).
type Editor struct {
	Left, Right, WordLeft, WordRight, Up, Down, LineStart, LineEnd, Begin, End key.Binding
	DeleteBack, DeleteForward, DeleteWordBack, DeleteWordForward               key.Binding
	DeleteToStart, DeleteToEnd, Newline                                        key.Binding
}

// New builds every binding with help text from t (the i18n printer).
func New(t func(string, ...any) string) *Map {
	return &Map{
		Global: Global{
			Quit:    Bind(t("tui.key.quit"), "ctrl+c"),
			Help:    Bind(t("tui.key.help"), "?", "f1"),
			Close:   Bind(t("tui.key.back"), "esc"),
			Suspend: Bind(t("tui.key.suspend"), "ctrl+z"),
		},
		Ask: Ask{
			Yes: Bind(t("tui.key.yes"), "y"),
			No:  Bind(t("tui.key.no"), "n", "esc"),
		},
		List: List{
			Up:       Bind(t("tui.key.up"), "up", "k"),
			Down:     Bind(t("tui.key.down"), "down", "j"),
			PageUp:   Bind(t("tui.key.page_up"), "pgup"),
			PageDown: Bind(t("tui.key.page_down"), "pgdown"),
			Top:      Bind(t("tui.key.top"), "home"),
			Bottom:   Bind(t("tui.key.bottom"), "end"),
		},
		Pager: Pager{
			Up:       Bind(t("tui.week.key_scroll"), "up", "k"),
			Down:     Bind(t("tui.week.key_scroll"), "down", "j"),
			PageUp:   Bind(t("tui.key.page_up"), "pgup", "b"),
			PageDown: Bind(t("tui.key.page_down"), "pgdown", "space", "f"),
			HalfUp:   Bind(t("tui.key.half_up"), "u", "ctrl+u"),
			HalfDown: Bind(t("tui.key.half_down"), "d", "ctrl+d"),
			Top:      Bind(t("tui.key.top"), "home", "g"),
			Bottom:   Bind(t("tui.key.bottom"), "end", "G"),
		},
		Choice: Choice{
			Prev:  key.NewBinding(key.WithKeys("left", "h", "up", "k"), key.WithHelp("←", t("tui.key.choice_prev"))),
			Next:  key.NewBinding(key.WithKeys("right", "l", "down", "j", "space"), key.WithHelp("→", t("tui.key.choice_next"))),
			Clear: key.NewBinding(key.WithKeys("backspace", "delete", "0"), key.WithHelp("0", t("tui.key.choice_clear"))),
			Pick:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1–9", t("tui.key.choice_pick"))),
		},
		Home: Home{
			New:     Bind(t("tui.home.key_new"), "n", "enter"),
			History: Bind(t("tui.home.key_history"), "h"),
			Quit:    Bind(t("tui.home.key_quit"), "q"),
		},
		Welcome: Welcome{
			Start: Bind(t("tui.welcome.key_start"), "enter", "n"),
			Home:  Bind(t("tui.welcome.key_home"), "esc"),
		},
		History: History{
			Filter:      Bind(t("tui.key.filter"), "/"),
			Open:        Bind(t("tui.key.open"), "enter"),
			Edit:        Bind(t("tui.key.edit"), "e"),
			Delete:      Bind(t("tui.key.delete"), "d"),
			Back:        Bind(t("tui.key.back"), "esc", "q"),
			FilterDone:  Bind(t("tui.key.filter_done"), "enter", "down"),
			FilterClear: Bind(t("tui.key.filter_clear"), "esc"),
			Unlock:      Bind(t("tui.key.unlock"), "u"),
			Pin:         Bind(t("tui.key.pin"), "p"),
		},
		Ideas: Ideas{
			Up:       Bind(t("tui.ideas.key_move"), "up", "k"),
			Down:     Bind(t("tui.ideas.key_move"), "down", "j"),
			Forward:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", t("tui.ideas.key_forward"))),
			Backward: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", t("tui.ideas.key_backward"))),
			Open:     Bind(t("tui.ideas.key_open"), "enter"),
			Decline:  Bind(t("tui.ideas.key_decline"), "x"),
			Impact:   Bind(t("tui.ideas.key_impact"), "e"),
			Filter:   Bind(t("tui.ideas.key_filter"), "f"),
			Back:     Bind(t("tui.key.back"), "esc", "q"),
			Save:     Bind(t("tui.ideas.key_save"), "enter"),
			Cancel:   Bind(t("tui.ideas.key_cancel"), "esc"),
		},
		Week: Week{
			Prev:      key.NewBinding(key.WithKeys("left", "["), key.WithHelp("←", t("tui.week.key_prev"))),
			Next:      key.NewBinding(key.WithKeys("right", "]"), key.WithHelp("→", t("tui.week.key_next"))),
			Review:    Bind(t("tui.week.key_review"), "r", "enter"),
			Back:      Bind(t("tui.key.back"), "esc", "q"),
			Save:      Bind(t("tui.week.key_save"), "ctrl+s"),
			Field:     Bind(t("tui.week.key_field"), "tab"),
			FieldBack: Bind(t("tui.week.key_field_back"), "shift+tab"),
			Close:     Bind(t("tui.week.key_close"), "esc"),
		},
		Trends: Trends{
			Next:    Bind(t("trends.key.next"), "tab", "right"),
			Prev:    Bind(t("trends.key.prev"), "shift+tab", "left"),
			Page:    key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1–4", t("trends.key.page"))),
			Back:    Bind(t("tui.key.back"), "esc", "q"),
			Earlier: key.NewBinding(key.WithKeys("left"), key.WithHelp("←", t("trends.key.earlier"))),
			Later:   key.NewBinding(key.WithKeys("right"), key.WithHelp("→", t("trends.key.later"))),
		},
		Playbook: Playbook{Back: Bind(t("tui.key.back"), "esc", "q")},
		Flow: Flow{
			Next:     Bind(t("tui.key.next"), "tab", "enter"),
			Prev:     Bind(t("tui.key.prev"), "shift+tab"),
			NextStep: Bind(t("tui.key.next_step"), "pgdown", "ctrl+down"),
			PrevStep: Bind(t("tui.key.prev_step"), "pgup", "ctrl+up"),
			Back:     Bind(t("tui.key.back"), "esc"),
			Save:     Bind(t("tui.key.save"), "ctrl+s"),
			Editor:   Bind(t("tui.key.editor"), "ctrl+e"),
			Add:      Bind(t("tui.key.add_case"), "a"),
			Remove:   Bind(t("tui.key.remove"), "x", "delete"),
			Jot:      Bind(t("tui.key.use_jot"), "j"),
			Suggest:  Bind(t("tui.key.suggest"), "down"),
			Open:     Bind(t("tui.key.edit"), "enter"),
			AddIdea:  Bind(t("tui.key.add_idea"), "enter"),
			Resume:   Bind(t("tui.key.resume"), "enter", "y"),
			Restart:  Bind(t("tui.key.restart"), "n"),
		},
		Conflict: Conflict{
			Both:   Bind(t("conflict.key.both"), "b"),
			Mine:   Bind(t("conflict.key.mine"), "m"),
			Theirs: Bind(t("conflict.key.theirs"), "t"),
			Back:   Bind(t("conflict.key.back"), "esc"),
		},
		Passphrase: Passphrase{
			Unlock:   Bind(t("tui.key.unlock"), "enter"),
			Cancel:   Bind(t("tui.unlock.key_cancel"), "esc"),
			Erase:    Bind(t("tui.unlock.key_erase"), "backspace"),
			EraseAll: Bind(t("tui.unlock.key_erase_all"), "ctrl+u"),
		},
		// ctrl+e (line end in the text area) is the flow's "open in
		// $EDITOR"; end does it here.
		Editor: Editor{
			Left:              key.NewBinding(key.WithKeys("left", "ctrl+b")),
			Right:             key.NewBinding(key.WithKeys("right", "ctrl+f")),
			WordLeft:          key.NewBinding(key.WithKeys("alt+left", "ctrl+left", "alt+b")),
			WordRight:         key.NewBinding(key.WithKeys("alt+right", "ctrl+right", "alt+f")),
			Up:                key.NewBinding(key.WithKeys("up", "ctrl+p")),
			Down:              key.NewBinding(key.WithKeys("down", "ctrl+n")),
			LineStart:         key.NewBinding(key.WithKeys("home", "ctrl+a")),
			LineEnd:           key.NewBinding(key.WithKeys("end")),
			Begin:             key.NewBinding(key.WithKeys("alt+<", "ctrl+home")),
			End:               key.NewBinding(key.WithKeys("alt+>", "ctrl+end")),
			DeleteBack:        key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
			DeleteForward:     key.NewBinding(key.WithKeys("delete", "ctrl+d")),
			DeleteWordBack:    key.NewBinding(key.WithKeys("alt+backspace", "ctrl+w", "ctrl+backspace")),
			DeleteWordForward: key.NewBinding(key.WithKeys("alt+delete", "alt+d", "ctrl+delete")),
			DeleteToStart:     key.NewBinding(key.WithKeys("ctrl+u")),
			DeleteToEnd:       key.NewBinding(key.WithKeys("ctrl+k")),
			Newline:           key.NewBinding(key.WithKeys("enter", "ctrl+m")),
		},
	}
}

// Bind makes a binding whose help shows its first key (an arrow key as
// its arrow: ↓, not "down", in every language).
func Bind(help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(Label(keys[0]), help))
}

// arrows are the arrow keys as people see them on the keyboard.
var arrows = map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→"}

// Label is how a key is named in help: its arrow for an arrow key, its
// name otherwise.
func Label(k string) string {
	if a, ok := arrows[k]; ok {
		return a
	}
	return k
}

// For is a binding of exactly one key with help: the home screen's
// shortcut to a registered screen.
func For(k, help string) key.Binding { return Bind(help, k) }

// Digit is the digit a key press typed (1 for "1"), ok false for any
// other key.
func Digit(msg tea.KeyPressMsg) (int, bool) {
	if msg.Mod != 0 || len(msg.Text) != 1 || msg.Text[0] < '0' || msg.Text[0] > '9' {
		return 0, false
	}
	return int(msg.Text[0] - '0'), true
}

// Only returns b answering to the given keys alone (its help unchanged):
// the same action on fewer keys in a state where the others mean
// something else.
func Only(b key.Binding, keys ...string) key.Binding {
	b.SetKeys(keys...)
	return b
}

// On returns b enabled or disabled.
func On(b key.Binding, enabled bool) key.Binding {
	b.SetEnabled(enabled)
	return b
}
