package day

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
)

// Reading is a document to read on a terminal: an entry (ReadingOf:
// `debrief show` and History's reader) or a week (WeekReading: `debrief
// week` and the Week screen). Both sides render the same Reading and
// differ in layout only (width and styles). Its text is in the person's
// language and already safe for a terminal.
type Reading []Block

// Block is one line (or paragraph) of a Reading.
type Block struct {
	Kind  BlockKind
	Label string // a Field's label with its separator ("需求：", "Need: ")
	Text  string
}

// BlockKind says how a block is laid out.
type BlockKind int

// The kinds of block.
const (
	Gap      BlockKind = iota // an empty line between parts
	Heading                   // the entry's or a part's title
	Field                     // "Label: text"; the text may hold line breaks
	CaseMeta                  // a case's category · channel · outcome
	Scales                    // mood, energy and stress as dots
	Item                      // one of the things I helped with
	Private                   // the private vent's heading
	Text                      // the vent itself
	Sealed                    // in place of a sealed vent: how to unlock it
	Note                      // an aside: nothing logged, no review yet
	Dated                     // a line of a week: Label is its date (MM-DD)
	Line                      // an indented line of a week (an idea)
)

// Style is how a layout draws each kind of block (the zero style: plain).
type Style struct {
	Heading, Label, Private lipgloss.Style
	// Note draws asides and a week's dates.
	Note lipgloss.Style
}

// ReadingOf makes the Reading of an entry, the private vent last and
// marked as private; jots are the shift's jots no case was made from
// (`debrief show` lists them, before the vent).
func ReadingOf(e *journal.Entry, p *i18n.Printer, jots ...journal.Jot) Reading {
	var r Reading
	field := func(label, text string) {
		if text != "" {
			r = append(r, Block{Kind: Field, Label: label + p.T("punct.colon"), Text: safetext.Terminal(text)})
		}
	}
	r = append(r, Block{Kind: Heading, Text: p.T("show.title", e.ShiftDate, p.T("shift."+e.Shift))})
	times := e.StartedAt
	if e.EndedAt != "" {
		times += "–" + e.EndedAt
	}
	field(p.T("field.time"), times)
	if e.Contacts != nil {
		field(p.T("field.contacts"), fmt.Sprint(*e.Contacts))
	}
	if e.CSAT != nil {
		field(p.T("field.csat"), fmt.Sprintf("%g%%", *e.CSAT))
	}
	scales := p.T("field.mood") + " " + Scale(p, "mood", e.Mood)
	if e.Energy > 0 {
		scales += "  " + p.T("field.energy") + " " + Scale(p, "energy", e.Energy)
	}
	if e.Stress > 0 {
		scales += "  " + p.T("field.stress") + " " + Scale(p, "stress", e.Stress)
	}
	r = append(r, Block{Kind: Scales, Text: scales})
	if e.FocusDone != "" {
		field(p.T("field.focus_done"), p.T("focus."+e.FocusDone))
	}
	if len(e.Helped) > 0 {
		r = append(r, Block{Kind: Gap}, Block{Kind: Heading, Text: p.T("field.helped")})
		for _, h := range e.Helped {
			r = append(r, Block{Kind: Item, Text: safetext.Line(h)})
		}
	}
	for i, c := range e.Cases {
		title := p.T("field.case_n", i+1, safetext.Line(c.Title))
		if c.Praise {
			title += "  " + p.T("field.praise_mark")
		}
		if c.Pinned {
			title += "  " + p.T("field.pinned_mark")
		}
		r = append(r, Block{Kind: Gap}, Block{Kind: Heading, Text: title})
		var meta []string
		for _, v := range []string{safetext.Line(c.Category), named(p, "channel.", c.Channel), named(p, "outcome.", c.Outcome)} {
			if v != "" {
				meta = append(meta, v)
			}
		}
		if len(meta) > 0 {
			r = append(r, Block{Kind: CaseMeta, Text: strings.Join(meta, " · ")})
		}
		field("  "+p.T("field.need"), c.Need)
		field("  "+p.T("field.action"), c.Action)
		field("  "+p.T("field.better"), c.Better)
	}
	if e.Tomorrow != "" {
		r = append(r, Block{Kind: Gap})
		field(p.T("field.tomorrow"), e.Tomorrow)
	}
	if len(e.Tags) > 0 {
		field(p.T("field.tags"), strings.Join(e.Tags, p.T("punct.list")))
	}
	if len(jots) > 0 {
		r = append(r, Block{Kind: Gap}, Block{Kind: Heading, Text: p.T("field.jots")})
		for _, j := range jots {
			r = append(r, Block{Kind: Item, Text: j.At.Format("15:04") + "  " + safetext.Line(j.Text)})
		}
	}
	switch {
	case e.Vent != "":
		r = append(r, Block{Kind: Gap}, Block{Kind: Private, Text: p.T("field.vent_private")}, Block{Kind: Text, Text: safetext.Terminal(e.Vent)})
	case len(e.VentSealed) > 0:
		// Sealed and not unlocked: said so, never the ciphertext.
		r = append(r, Block{Kind: Gap}, Block{Kind: Private, Text: p.T("field.vent_private")}, Block{Kind: Sealed, Text: p.T("show.vent_sealed")})
	}
	return r
}

// Dots draws a 1–5 scale as dots ("–" when not given): `debrief show`
// and `debrief list`.
func Dots(v int) string {
	if !journal.Has(v) {
		return "–"
	}
	return strings.Repeat("●", v) + strings.Repeat("○", 5-v)
}

// Scale is a 1–5 value as dots, the number and its word ("●●●●○ 4 不错"):
// dots alone leave a reader counting them and guessing what 4 means.
// kind is mood, energy or stress.
func Scale(p *i18n.Printer, kind string, v int) string {
	if !journal.Has(v) {
		return Dots(v)
	}
	return fmt.Sprintf("%s %d %s", Dots(v), v, p.T(kind+"."+strconv.Itoa(v)))
}

// named is the catalog's name of a code ("" for none).
func named(p *i18n.Printer, prefix, code string) string {
	if code == "" {
		return ""
	}
	return p.T(prefix + code)
}

// Render lays the Reading out: one string per line, wrapped to width
// display cells (0: not wrapped; a terminal wraps it), each kind of block
// drawn with its style.
func (r Reading) Render(width int, st Style) []string {
	style := func(st lipgloss.Style, s string) string { return st.Render(s) }
	var out []string
	for _, b := range r {
		var s string
		switch b.Kind {
		case Gap:
			s = ""
		case Heading:
			s = style(st.Heading, b.Text)
		case Field:
			s = style(st.Label, b.Label) + b.Text
		case CaseMeta:
			s = "  " + style(st.Label, b.Text)
		case Item:
			s = "  • " + b.Text
		case Private:
			s = style(st.Private, b.Text)
		case Note:
			s = style(st.Note, b.Text)
		case Dated:
			s = "  " + style(st.Note, b.Label) + "  " + b.Text
		case Line:
			s = "  " + b.Text
		default:
			s = b.Text
		}
		if width > 0 {
			s = lipgloss.Wrap(s, width, "")
		}
		out = append(out, strings.Split(s, "\n")...)
	}
	return out
}
