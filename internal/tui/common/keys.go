package common

import "charm.land/bubbles/v2/key"

// GlobalKeys work on every screen; the root handles them.
type GlobalKeys struct {
	Quit key.Binding // ctrl+c: leave safely (drafts are saved first)
	Help key.Binding // ?: full help
	Back key.Binding // esc
}

// NewGlobalKeys returns the global keys with help in the printer's language.
func NewGlobalKeys(t func(string, ...any) string) GlobalKeys {
	return GlobalKeys{
		Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t("tui.key.quit"))),
		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t("tui.key.help"))),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t("tui.key.back"))),
	}
}

// Bind is a short way to make a binding with help text.
func Bind(help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], help))
}
