package history

import (
	"errors"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
)

// The reader's unlock: a sealed vent shows "已封存 / sealed" and u asks for
// the passphrase on the keys line (nothing echoed but dots), once per run
// of the app; "unlocking…" shows while scrypt works (about a second). The
// typed bytes are the reader's own and are zeroed once used.

// unlockedMsg is the answer of an unlock.
type unlockedMsg struct {
	key *seal.Key
	err error
}

// lock is the state of the passphrase prompt.
type lock struct {
	asking    bool
	unlocking bool
	pass      []byte
	problem   string // the last attempt's error, on the keys line
}

// sealed reports whether e holds a vent still sealed.
func sealed(e *journal.Entry) bool { return e != nil && e.Vent == "" && len(e.VentSealed) > 0 }

// openWithKey opens the entry's vent when the run has the key.
func (r *reader) openWithKey() {
	if k := r.ctx.Unlocked.Key(); k != nil && sealed(r.entry) {
		if err := day.OpenVent(k, r.entry); err != nil {
			r.lock.problem = r.ctx.T("tui.unlock.unreadable")
		}
	}
}

// startUnlock asks for the passphrase (or opens the vent at once when the
// key is already unlocked).
func (r *reader) startUnlock() {
	if !sealed(r.entry) {
		return
	}
	if r.ctx.Unlocked.Key() != nil {
		r.openWithKey()
		r.redraw()
		return
	}
	r.lock = lock{asking: true}
}

// promptKey types into the passphrase prompt: text, backspace, enter
// (unlock), esc (give up).
func (r *reader) promptKey(k tea.KeyPressMsg) tea.Cmd {
	p := r.ctx.Keys.Passphrase
	switch {
	case key.Matches(k, p.Cancel):
		r.clearPass()
		r.lock = lock{}
	case key.Matches(k, p.Unlock):
		return r.submit()
	case key.Matches(k, p.Erase):
		if _, n := utf8.DecodeLastRune(r.lock.pass); n > 0 {
			clear(r.lock.pass[len(r.lock.pass)-n:])
			r.lock.pass = r.lock.pass[:len(r.lock.pass)-n]
		}
	case key.Matches(k, p.EraseAll):
		r.clearPass()
	default:
		return r.typed(k.Text)
	}
	return nil
}

// promptHelp is the prompt's keys while it has the keyboard (the
// reader's own keys would be typed): the footer's (short) or all.
func (r *reader) promptHelp(all bool) []key.Binding {
	p := r.ctx.Keys.Passphrase
	if !all {
		return []key.Binding{p.Unlock, p.Cancel}
	}
	return []key.Binding{p.Unlock, p.Cancel, p.Erase, p.EraseAll}
}

// submit unlocks with what was typed (enter).
func (r *reader) submit() tea.Cmd {
	if len(r.lock.pass) == 0 || r.lock.unlocking {
		return nil
	}
	r.lock.unlocking, r.lock.problem = true, ""
	pass := r.lock.pass
	r.lock.pass = nil
	j := r.ctx.Journal
	return func() tea.Msg {
		k, err := j.Unlock(pass)
		clear(pass)
		return unlockedMsg{key: k, err: err}
	}
}

// typed adds text (a key or a paste) to the passphrase. A passphrase is
// one line (the command line reads the first line of a file too), so a
// line end in a paste — a password manager typing the passphrase and
// enter, or an enter that came with the keys before it — is enter.
func (r *reader) typed(s string) tea.Cmd {
	if !r.lock.asking || r.lock.unlocking || s == "" {
		return nil
	}
	i := strings.IndexAny(s, "\r\n")
	if i >= 0 {
		s = s[:i] // what follows the line end is not part of the passphrase
	}
	r.lock.pass = append(r.lock.pass, s...)
	if i >= 0 {
		return r.submit()
	}
	return nil
}

func (r *reader) clearPass() {
	clear(r.lock.pass)
	r.lock.pass = r.lock.pass[:0]
}

// unlocked takes the answer: the key for the rest of the run, and the
// vent opened; or the problem, and the prompt again.
func (r *reader) unlocked(msg unlockedMsg) {
	r.lock.unlocking = false
	if msg.err != nil {
		r.lock.problem = r.unlockProblem(msg.err)
		return
	}
	r.ctx.Unlocked.Set(msg.key)
	r.lock = lock{}
	r.openWithKey()
	r.redraw()
}

func (r *reader) unlockProblem(err error) string {
	if errors.Is(err, seal.ErrWrongPassphrase) {
		return r.ctx.T("tui.unlock.wrong")
	}
	return r.ctx.Explain(err)
}

// promptLine is the keys line while asking: the passphrase as dots.
func (r *reader) promptLine() string {
	st, t := r.ctx.Styles, r.ctx.T
	switch {
	case r.lock.unlocking:
		return st.Muted.Render(t("tui.unlock.unlocking"))
	case r.lock.asking:
		line := t("tui.unlock.prompt") + strings.Repeat("•", utf8.RuneCount(r.lock.pass))
		if r.lock.problem != "" {
			line = st.Error.Render(r.lock.problem) + "  " + line
		}
		return line
	}
	return ""
}
