// Package theme is the app's look: a palette for dark and light terminals
// and, built from it in one function, every style the screens draw with —
// the bubbles help and text area styles included, so a change of
// background (the terminal answers after start-up) rebuilds one value.
package theme

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/lipgloss/v2"
)

// Palette is the app's colours for one kind of background.
type Palette struct {
	Dark                                             bool
	Fg, Subtle, Highlight, Warm, Private, Red, Green color.Color
	// Mood runs from a hard shift (1) to a good one (5): the year calendar.
	Mood [5]color.Color
}

// NewPalette is the palette for a dark or a light background.
func NewPalette(dark bool) Palette {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	return Palette{
		Dark:      dark,
		Fg:        ld(c("#1C1C1C"), c("#E4E4E4")),
		Subtle:    ld(c("#767676"), c("#8A8A8A")),
		Highlight: ld(c("#005F87"), c("#5FAFD7")),
		Warm:      ld(c("#AF5F00"), c("#FFAF5F")),
		Private:   ld(c("#870087"), c("#D787D7")),
		Red:       ld(c("#AF0000"), c("#FF5F5F")),
		Green:     ld(c("#005F00"), c("#87D787")),
		Mood: [5]color.Color{
			ld(c("#AF0000"), c("#FF5F5F")),
			ld(c("#AF5F00"), c("#FFAF5F")),
			ld(c("#878700"), c("#D7D75F")),
			ld(c("#5F8700"), c("#AFD75F")),
			ld(c("#005F00"), c("#5FD75F")),
		},
	}
}

// Styles are every style the app draws with.
type Styles struct {
	Dark bool

	Title    lipgloss.Style // screen titles
	Header   lipgloss.Style // the top bar
	Label    lipgloss.Style // field labels
	Focused  lipgloss.Style // the label of the focused field
	Muted    lipgloss.Style // hints, secondary text
	Accent   lipgloss.Style // numbers worth seeing: streaks, counts
	Selected lipgloss.Style // the selected row or option
	Tab      lipgloss.Style // the current tab or filter
	Private  lipgloss.Style // the "never shared" mark of the vent
	Error    lipgloss.Style
	Good     lipgloss.Style
	StepDone lipgloss.Style
	StepNow  lipgloss.Style
	StepTodo lipgloss.Style
	// Choice draws a picker's options: the chosen one and the others.
	ChoiceOn, ChoiceOff lipgloss.Style
	// Mood colours a day of the year calendar by its mood (1–5).
	Mood [5]lipgloss.Style

	Help  help.Styles
	Field textarea.Styles
}

// New builds every style from the palette for a dark or light background.
func New(dark bool) Styles {
	p := NewPalette(dark)
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	bold := func(c color.Color) lipgloss.Style { return fg(c).Bold(true) }
	s := Styles{
		Dark:      dark,
		Title:     bold(p.Highlight),
		Header:    bold(p.Fg),
		Label:     fg(p.Subtle),
		Focused:   bold(p.Highlight),
		Muted:     fg(p.Subtle),
		Accent:    bold(p.Warm),
		Selected:  bold(p.Highlight),
		Tab:       bold(p.Highlight).Reverse(true),
		Private:   bold(p.Private),
		Error:     bold(p.Red),
		Good:      fg(p.Green),
		StepDone:  fg(p.Green),
		StepNow:   bold(p.Highlight).Underline(true),
		StepTodo:  fg(p.Subtle),
		ChoiceOn:  lipgloss.NewStyle().Bold(true).Reverse(true),
		ChoiceOff: lipgloss.NewStyle(),
		Help:      help.DefaultStyles(dark),
		Field:     fieldStyles(dark),
	}
	for i, c := range p.Mood {
		s.Mood[i] = fg(c)
	}
	return s
}

func fieldStyles(dark bool) textarea.Styles {
	s := textarea.DefaultStyles(dark)
	// The cursor line highlight of the default style fights with the real
	// cursor and makes one line of a paragraph look selected.
	s.Focused.CursorLine = lipgloss.NewStyle()
	s.Focused.Base = lipgloss.NewStyle()
	s.Blurred.Base = lipgloss.NewStyle()
	return s
}
