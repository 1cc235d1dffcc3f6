package layout

import (
	"bytes"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Cell is what the line-breaking rule knows of one character: its width
// on screen and its kind.
type Cell struct {
	Width int
	Kind  Kind
}

// Kind is how a character behaves at a line break.
type Kind uint8

// The kinds of character. Closing punctuation never starts a line; opening
// punctuation never ends one (the usual CJK line-breaking rule, kinsoku),
// plus the ASCII marks a Chinese sentence is often typed with.
const (
	Space Kind = iota // a break may come here; dropped at a break
	Word              // narrow letters, digits, symbols: kept together
	Ideo              // a wide character: a line may break before or after it
	Close             // closing punctuation: glued to what comes before
	Open              // opening punctuation: glued to what comes after
)

// KindOf is the kind of a character of width w.
func KindOf(r rune, w int) Kind {
	switch r {
	case ' ', '\t':
		return Space
	case '，', '。', '、', '！', '？', '；', '：', '）', '」', '』', '”', '’', '》', '〉', '】', '〕', '…', '‥', '·',
		',', '.', '!', '?', ';', ':', ')', ']', '}', '%':
		return Close
	case '（', '「', '『', '“', '‘', '《', '〈', '【', '〔', '(', '[', '{':
		return Open
	}
	if w >= 2 {
		return Ideo
	}
	return Word
}

// RuneWidth is how many cells a rune takes, as lipgloss counts it, with a
// quick answer for Latin and Chinese text.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f:
		return 0
	case r < 0x300:
		return 1
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0x303e, r >= 0x3041 && r <= 0x33ff,
		r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xa000 && r <= 0xa4cf,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return ansi.StringWidth(string(r))
}

// Breaks lays cells out in rows of at most w cells and returns the index of
// the cell each row starts with (the first is 0). It breaks between
// ideographs, keeps words whole, hard-breaks a word wider than a row, keeps
// closing punctuation with what comes before and opening punctuation with
// what comes after. The spaces where a row breaks stay at the end of the
// row before (Wrap drops them). Leading spaces (an indent) are kept.
func Breaks(cs []Cell, w int) []int { return breaks(cs, w, w) }

// breaks is Breaks with rows after the first rest cells wide (a hanging
// indent takes the difference).
func breaks(cs []Cell, first, rest int) []int {
	starts := []int{0}
	if first <= 0 || rest <= 0 {
		return starts
	}
	w := first
	lineW := 0
	atStart := true
	newRow := func(at int) {
		starts = append(starts, at)
		lineW = 0
		w = rest
	}
	for i := 0; i < len(cs); {
		// The spaces before the next segment.
		j := i
		for j < len(cs) && cs[j].Kind == Space {
			j++
		}
		if j == len(cs) {
			break // trailing spaces stay on the last row
		}
		spaceW := 0
		for _, c := range cs[i:j] {
			spaceW += c.Width
		}
		// The segment: what no break may split.
		k, segW := j+1, cs[j].Width
		for k < len(cs) && glued(cs[k-1], cs[k]) {
			segW += cs[k].Width
			k++
		}
		switch {
		case lineW+spaceW+segW <= w:
			lineW += spaceW + segW
		case lineW > 0 || spaceW > 0 && !atStart:
			newRow(j)
			place(cs, j, k, segW, &w, &lineW, newRow)
		default:
			// An empty row at the paragraph's start: its indent first.
			for s := i; s < j; s++ {
				if lineW+cs[s].Width > w && lineW > 0 {
					newRow(s)
				}
				lineW += cs[s].Width
			}
			place(cs, j, k, segW, &w, &lineW, newRow)
		}
		atStart = false
		i = k
	}
	return starts
}

// place puts the segment cs[j:k] on the current row, hard-breaking it when
// it is wider than a row.
func place(cs []Cell, j, k, segW int, w, lineW *int, newRow func(int)) {
	if *lineW+segW <= *w {
		*lineW += segW
		return
	}
	for u := j; u < k; u++ {
		if *lineW+cs[u].Width > *w && *lineW > 0 {
			newRow(u)
		}
		*lineW += cs[u].Width
	}
}

// glued reports whether c must stay on the line of the cell before it.
func glued(prev, c Cell) bool {
	switch {
	case prev.Kind == Space || c.Kind == Space:
		return false
	case c.Kind == Close:
		return true
	case prev.Kind == Open:
		return true
	case c.Kind == Ideo || prev.Kind == Ideo:
		return false
	}
	// Narrow after narrow (a word, "3.5", "rule:", "a(b"): one word. A
	// narrow character after wide punctuation starts a new segment.
	return prev.Width == 1 && c.Width == 1
}

// Wrap breaks s into lines of at most w cells by the rule of Breaks,
// dropping the spaces at a break. Existing newlines are kept; styles carry
// over to the next line. w <= 0 leaves the lines as they are.
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

// unit is one grapheme of a paragraph with the escape sequences written
// just before it.
type unit struct {
	esc  string
	text string
}

func wrapParagraph(p string, w int) []string {
	var us []unit
	var cs []Cell
	var esc strings.Builder
	var state byte
	for rest := p; len(rest) > 0; {
		seq, width, n, newState := ansi.DecodeSequence(rest, state, nil)
		state = newState
		rest = rest[n:]
		if width == 0 {
			esc.WriteString(seq)
			continue
		}
		r := []rune(seq)[0]
		us = append(us, unit{esc: esc.String(), text: seq})
		cs = append(cs, Cell{Width: width, Kind: KindOf(r, width)})
		esc.Reset()
	}
	if len(us) == 0 {
		return []string{p}
	}
	hang := hanging(us, cs, w)
	starts := append(breaks(cs, w, w-hang), len(us))
	lines := make([]string, 0, len(starts)-1)
	for r := 0; r+1 < len(starts); r++ {
		a, b := starts[r], starts[r+1]
		last := r+2 == len(starts)
		// The spaces a row ends with are dropped, but the last row keeps
		// those that fit (they were typed).
		end, lineW := b, 0
		for end > a && cs[end-1].Kind == Space {
			end--
		}
		var line strings.Builder
		if r > 0 && hang > 0 {
			line.WriteString(strings.Repeat(" ", hang))
			lineW = hang
		}
		for u := a; u < b; u++ {
			line.WriteString(us[u].esc)
			if u >= end && (!last || lineW+cs[u].Width > w) {
				continue
			}
			line.WriteString(us[u].text)
			lineW += cs[u].Width
		}
		lines = append(lines, line.String())
	}
	lines[len(lines)-1] += esc.String()
	return lines
}

// hanging is the indent of a paragraph's later rows: its leading spaces,
// and a bullet ("• ") after them, so a wrapped item lines up under its
// text rather than at the window's edge. None when that would leave less
// than half the width for the text.
func hanging(us []unit, cs []Cell, w int) int {
	n, i := 0, 0
	for i < len(cs) && cs[i].Kind == Space {
		n += cs[i].Width
		i++
	}
	if i+1 < len(us) && us[i].text == "•" && cs[i+1].Kind == Space {
		n += cs[i].Width + cs[i+1].Width
	}
	if i == len(cs) || 2*n > w {
		return 0
	}
	return n
}
