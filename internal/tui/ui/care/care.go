// Package care draws the gentle wellbeing signal (insight.Wellbeing) in
// the one set of words every screen uses: Home and the saved screen show
// the short note, the Trends screen's Care page the whole of it. The
// words are the wellbeing.* messages `debrief stats` prints too.
package care

import (
	"github.com/debrief-app/debrief/internal/insight"
	"github.com/debrief-app/debrief/internal/tui/layout"
	"github.com/debrief-app/debrief/internal/tui/theme"
)

// title is the signal's title; reasons are why, from the person's own
// entries.
func title(t func(string, ...any) string, st theme.Styles, width int) []string {
	return styled(st.Accent.Render, layout.Wrap(t("wellbeing.title"), width))
}

func reasons(t func(string, ...any) string, st theme.Styles, w insight.Wellbeing, width int) []string {
	var lines []string
	for _, r := range w.Reasons {
		for _, l := range layout.Wrap(t("wellbeing."+r), max(width-2, 8)) {
			lines = append(lines, st.Accent.Render("  "+l))
		}
	}
	return lines
}

func styled(style func(...string) string, lines []string) []string {
	for i, l := range lines {
		lines[i] = style(l)
	}
	return lines
}

// note is how to turn the signal off, and that it is not a diagnosis.
func note(t func(string, ...any) string, st theme.Styles, width int) []string {
	return styled(st.Muted.Render, layout.Wrap(t("wellbeing.note"), width))
}

// Note is the short form for Home and the saved screen: why, where the
// ways to look after oneself are, and the off switch. Nothing when the
// signal is off.
func Note(t func(string, ...any) string, st theme.Styles, w insight.Wellbeing, width int) []string {
	if !w.Signal {
		return nil
	}
	width = max(width, 10)
	lines := append(title(t, st, width), reasons(t, st, w, width)...)
	lines = append(lines, layout.Wrap(t("tui.care.more"), width)...)
	return append(lines, note(t, st, width)...)
}

// Page is the whole message for the Care page: why, what helps, never a
// diagnosis, and the off switch.
func Page(t func(string, ...any) string, st theme.Styles, w insight.Wellbeing, width int) []string {
	width = max(width, 10)
	lines := append([]string{""}, title(t, st, width)...)
	lines = append(lines, layout.Wrap(t("trends.care_intro"), width)...)
	lines = append(lines, reasons(t, st, w, width)...)
	lines = append(lines, "")
	for _, k := range []string{"wellbeing.step1", "wellbeing.step2", "wellbeing.step3", "wellbeing.step4"} {
		for i, l := range layout.Wrap(t(k), max(width-4, 10)) {
			if i == 0 {
				lines = append(lines, "  • "+l)
			} else {
				lines = append(lines, "    "+l)
			}
		}
	}
	lines = append(lines, "")
	return append(lines, note(t, st, width)...)
}
