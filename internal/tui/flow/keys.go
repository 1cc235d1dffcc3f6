package flow

import (
	"charm.land/bubbles/v2/key"
	"github.com/debrief-app/debrief/internal/tui/common"
)

type keyMap struct {
	Next, Prev, NextStep, PrevStep, Back, Save, Editor, Add, Remove, Jot, Suggest, Resume, Restart key.Binding
}

func newKeys(t func(string, ...any) string) keyMap {
	return keyMap{
		Next:     common.Bind(t("tui.key.next"), "tab", "enter"),
		Prev:     common.Bind(t("tui.key.prev"), "shift+tab"),
		NextStep: common.Bind(t("tui.key.next_step"), "pgdown", "ctrl+down"),
		PrevStep: common.Bind(t("tui.key.prev_step"), "pgup", "ctrl+up"),
		Back:     common.Bind(t("tui.key.back_step"), "esc"),
		Save:     common.Bind(t("tui.key.save"), "ctrl+s"),
		Editor:   common.Bind(t("tui.key.editor"), "ctrl+e"),
		Add:      common.Bind(t("tui.key.add_case"), "a"),
		Remove:   common.Bind(t("tui.key.remove"), "x", "delete"),
		Jot:      common.Bind(t("tui.key.use_jot"), "j"),
		Suggest:  common.Bind(t("tui.key.suggest"), "down"),
		Resume:   common.Bind(t("tui.key.resume"), "enter", "y"),
		Restart:  common.Bind(t("tui.key.restart"), "n"),
	}
}
