package layout

import (
	"bytes"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Closing punctuation never starts a line; opening punctuation never ends
// one. Both lists are the usual CJK line-breaking rule (kinsoku), plus the
// ASCII marks a Chinese sentence is often typed with.
const (
	closers = "，。、！？；：）」』”’》〉】〕…‥·,.!?;:)]}%"
	openers = "（「『“‘《〈【〔([{"
)

// unit is one grapheme (or a run of spaces' single space) with the escape
// sequences written just before it.
type unit struct {
	esc   string // zero-width escape sequences before the text
	text  string
	width int
	kind  unitKind
}

type unitKind uint8

const (
	kindSpace unitKind = iota
	kindWord           // narrow letters, digits, symbols: kept together
	kindIdeo           // a wide character: a line may break before or after it
	kindClose          // closing punctuation: glued to what comes before
	kindOpen           // opening punctuation: glued to what comes after
)

// segment is what the greedy fill never breaks (unless it is wider than a
// line): a Latin word, one ideograph with its punctuation.
type segment struct {
	units []unit
	width int
}

// Wrap breaks s into lines of at most w cells. It breaks between Chinese
// characters, keeps Latin words whole, hard-breaks a word longer than a
// line, never starts a line with closing punctuation (，。、！？；：）」』…)
// nor ends one with opening punctuation, and drops the spaces at a break.
// Existing newlines are kept; styles carry over to the next line. w <= 0
// leaves the lines as they are.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return Lines(s)
	}
	var out []string
	for _, para := range Lines(s) {
		out = append(out, wrapParagraph(para, w)...)
	}
	if strings.Contains(s, "\x1b") && len(out) > 1 {
		// Reopen the style a line was in at the start of the next one.
		var buf bytes.Buffer
		ww := lipgloss.NewWrapWriter(&buf)
		_, _ = ww.Write([]byte(strings.Join(out, "\n")))
		_ = ww.Close()
		out = Lines(buf.String())
	}
	return out
}

func units(s string) []unit {
	var out []unit
	var esc strings.Builder
	var state byte
	for len(s) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(s, state, nil)
		state = newState
		s = s[n:]
		if width == 0 {
			esc.WriteString(seq)
			continue
		}
		u := unit{esc: esc.String(), text: seq, width: width}
		esc.Reset()
		switch {
		case seq == " " || seq == "\t":
			u.kind = kindSpace
			u.text, u.width = " ", 1
		case strings.Contains(closers, seq):
			u.kind = kindClose
		case strings.Contains(openers, seq):
			u.kind = kindOpen
		case width >= 2:
			u.kind = kindIdeo
		default:
			u.kind = kindWord
		}
		out = append(out, u)
	}
	if esc.Len() > 0 {
		out = append(out, unit{esc: esc.String(), kind: kindClose})
	}
	return out
}

// glued reports whether u must stay on the line of the unit before it.
func glued(prev, u unit) bool {
	switch {
	case prev.kind == kindSpace || u.kind == kindSpace:
		return false
	case u.kind == kindClose:
		return true
	case prev.kind == kindOpen:
		return true
	case u.kind == kindIdeo || prev.kind == kindIdeo:
		return false
	}
	// Narrow after narrow (a word, "3.5", "rule:", "a(b"): one word. A
	// narrow character after wide punctuation starts a new segment.
	return prev.width == 1 && u.width == 1
}

func wrapParagraph(p string, w int) []string {
	us := units(p)
	var lines []string
	var line strings.Builder
	lineW := 0
	var spaces []unit // spaces waiting between the line and the next segment
	atStart := true   // leading spaces of a paragraph are its indent: kept
	flush := func() {
		lines = append(lines, line.String())
		line.Reset()
		lineW = 0
	}
	put := func(u unit) {
		line.WriteString(u.esc)
		line.WriteString(u.text)
		lineW += u.width
	}
	dropSpaces := func() {
		for _, sp := range spaces {
			line.WriteString(sp.esc)
		}
		spaces = spaces[:0]
	}
	place := func(seg segment) {
		spaceW := len(spaces)
		switch {
		case lineW+spaceW+seg.width <= w:
			for _, sp := range spaces {
				put(sp)
			}
			spaces = spaces[:0]
			for _, u := range seg.units {
				put(u)
			}
			return
		case lineW > 0 || spaceW > 0 && !atStart:
			flush()
			dropSpaces()
		default:
			for _, sp := range spaces {
				if lineW+1 > w {
					flush()
				}
				put(sp)
			}
			spaces = spaces[:0]
		}
		if lineW+seg.width <= w {
			for _, u := range seg.units {
				put(u)
			}
			return
		}
		// Wider than a line: hard-break it by cells.
		for _, u := range seg.units {
			if lineW+u.width > w && lineW > 0 {
				flush()
			}
			put(u)
		}
	}
	var seg segment
	for i, u := range us {
		if u.kind == kindSpace {
			if len(seg.units) > 0 {
				place(seg)
				seg = segment{}
				atStart = false
			}
			spaces = append(spaces, u)
			continue
		}
		if len(seg.units) > 0 && !glued(us[i-1], u) {
			place(seg)
			seg = segment{}
			atStart = false
		}
		seg.units = append(seg.units, u)
		seg.width += u.width
	}
	if len(seg.units) > 0 {
		place(seg)
	}
	// Trailing spaces of the paragraph stay (they were typed), within the
	// width.
	for _, sp := range spaces {
		if lineW+1 > w {
			break
		}
		put(sp)
	}
	flush()
	return lines
}
