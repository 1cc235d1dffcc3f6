package common

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles are the app's colours and text styles, one set for dark and one
// for light terminals (the root asks the terminal which it is).
type Styles struct {
	Dark bool

	Title    lipgloss.Style // screen titles
	Header   lipgloss.Style // the top bar
	Label    lipgloss.Style // field labels
	Focused  lipgloss.Style // the label of the focused field
	Muted    lipgloss.Style // hints, secondary text
	Accent   lipgloss.Style // numbers worth seeing: streaks, counts
	Selected lipgloss.Style // the selected row or option
	Private  lipgloss.Style // the "never shared" mark of the vent
	Error    lipgloss.Style
	Good     lipgloss.Style
	Box      lipgloss.Style // a framed panel
	StepDone lipgloss.Style
	StepNow  lipgloss.Style
	StepTodo lipgloss.Style

	Subtle, Highlight, Warm color.Color
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	fg := ld(lipgloss.Color("#1C1C1C"), lipgloss.Color("#E4E4E4"))
	subtle := ld(lipgloss.Color("#767676"), lipgloss.Color("#8A8A8A"))
	highlight := ld(lipgloss.Color("#005F87"), lipgloss.Color("#5FAFD7"))
	warm := ld(lipgloss.Color("#AF5F00"), lipgloss.Color("#FFAF5F"))
	private := ld(lipgloss.Color("#870087"), lipgloss.Color("#D787D7"))
	red := ld(lipgloss.Color("#AF0000"), lipgloss.Color("#FF5F5F"))
	green := ld(lipgloss.Color("#005F00"), lipgloss.Color("#87D787"))
	return Styles{
		Dark:      dark,
		Title:     lipgloss.NewStyle().Bold(true).Foreground(highlight),
		Header:    lipgloss.NewStyle().Bold(true).Foreground(fg),
		Label:     lipgloss.NewStyle().Foreground(subtle),
		Focused:   lipgloss.NewStyle().Bold(true).Foreground(highlight),
		Muted:     lipgloss.NewStyle().Foreground(subtle),
		Accent:    lipgloss.NewStyle().Bold(true).Foreground(warm),
		Selected:  lipgloss.NewStyle().Bold(true).Foreground(highlight),
		Private:   lipgloss.NewStyle().Bold(true).Foreground(private),
		Error:     lipgloss.NewStyle().Bold(true).Foreground(red),
		Good:      lipgloss.NewStyle().Foreground(green),
		Box:       lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle).Padding(0, 1),
		StepDone:  lipgloss.NewStyle().Foreground(green),
		StepNow:   lipgloss.NewStyle().Bold(true).Foreground(highlight).Underline(true),
		StepTodo:  lipgloss.NewStyle().Foreground(subtle),
		Subtle:    subtle,
		Highlight: highlight,
		Warm:      warm,
	}
}
