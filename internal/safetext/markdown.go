package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown is read twice: rendered (GitHub, a wiki, a chat tool) and as
// plain text in a mail or an editor. So the escaper adds a backslash only
// where the character, at that position, would change the rendering
// (CommonMark 0.31 with GitHub's tables and strikethrough):
//
//   - at the start of a line: a heading (# … followed by a blank), a quote
//     (>), a list item (- + * followed by a blank, or 1. 1) followed by a
//     blank), a thematic break or setext underline (a line of only - = _ *),
//     a code fence (``` or ~~~);
//   - anywhere: raw HTML and autolinks (<), a code span (`), a link or an
//     image ([), an entity (&name; &#1;), emphasis and strikethrough
//     (* ~ always but between blanks, _ unless inside a word), a backslash
//     that would escape the next character or make a hard break, and a
//     closing # run that a heading would drop;
//   - | only in a text of several lines (where a table's delimiter row
//     could follow) — MarkdownCell escapes it in a table.
//
// Never - = + ! ( ) . inside a line: "Follow-up: 1+1=2 (A-B test) Done!"
// stays as typed.
var mdBytes = byteSet("\\`*_[<&|#>+-=~.)")

// Markdown makes user text into inline Markdown that renders as exactly
// the text typed: nothing in it can start a heading, a list, a quote, a
// code block, raw HTML, a comment or a link that hides its target. Control
// characters become visible stand-ins (Terminal). Line breaks become hard
// breaks followed by indent, so the text stays inside the list item or
// paragraph it was put in: two spaces at the end of the line (HardBreak),
// which plain text does not show, rather than a backslash, which it does.
func Markdown(s, indent string) string {
	if plainInline(s, mdBytes) {
		return s
	}
	ls := Lines(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, l := range ls {
		if i > 0 {
			b.WriteString(HardBreak)
			b.WriteString(indent)
		}
		writeMarkdownLine(&b, l, len(ls) > 1)
	}
	return b.String()
}

// HardBreak ends a line of Markdown inside a paragraph without ending the
// paragraph: CommonMark's two spaces before the line end.
const HardBreak = "  \n"

// MarkdownCell is Markdown for a table cell: one line, and | escaped.
func MarkdownCell(s string) string {
	return strings.ReplaceAll(Markdown(Line(s), ""), "|", `\|`)
}

// writeMarkdownLine writes one line (non-blank, trimmed, no controls) with
// the escapes its positions need. pipes: escape every |.
func writeMarkdownLine(b *strings.Builder, l string, pipes bool) {
	start := lineStartEscape(l)
	closing := closingHashes(l)
	for i := 0; i < len(l); i++ {
		c := l[i]
		esc := false
		switch {
		case i == start:
			esc = true
		case i == closing:
			esc = true
		case c == '<' || c == '`' || c == '[':
			esc = true
		case c == '|':
			esc = pipes
		case c == '\\':
			esc = i+1 == len(l) || isASCIIPunct(l[i+1])
		case c == '&':
			esc = entityAt(l[i:])
		case c == '*' || c == '~':
			esc = !(blankBefore(l, i) && blankAfter(l, i))
		case c == '_':
			esc = !(wordBefore(l, i) && wordAfter(l, i))
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
}

// lineStartEscape returns the index of the character that would make the
// line a block marker (to be escaped), or -1.
func lineStartEscape(l string) int {
	c := l[0]
	rest := l[1:]
	blankNext := rest == "" || rest[0] == ' '
	switch c {
	case '>':
		return 0
	case '#':
		n := len(l) - len(strings.TrimLeft(l, "#"))
		if n <= 6 && (n == len(l) || l[n] == ' ') {
			return 0
		}
	case '-', '+', '*':
		if blankNext || onlyOf(l, c, true) {
			return 0
		}
	case '=':
		if onlyOf(l, c, false) {
			return 0
		}
	case '_':
		if onlyOf(l, c, true) {
			return 0
		}
	case '`', '~':
		if strings.HasPrefix(l, strings.Repeat(string(c), 3)) {
			return 0
		}
	}
	// An ordered list item: up to nine digits, then . or ), then a blank.
	n := 0
	for n < len(l) && n < 10 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n > 0 && n <= 9 && n < len(l) && (l[n] == '.' || l[n] == ')') && (n+1 == len(l) || l[n+1] == ' ') {
		return n
	}
	return -1
}

// onlyOf: the line is made of c alone (and blanks, if spaced).
func onlyOf(l string, c byte, spaced bool) bool {
	for i := 0; i < len(l); i++ {
		if l[i] != c && !(spaced && l[i] == ' ') {
			return false
		}
	}
	return true
}

// closingHashes returns the index of the first # of a run that ends the
// line after a blank (an ATX heading would drop it), or -1.
func closingHashes(l string) int {
	t := strings.TrimRight(l, "#")
	if len(t) == len(l) || t == "" || t[len(t)-1] != ' ' {
		return -1
	}
	return len(t)
}

// entityAt: s starts with what CommonMark reads as an entity or a numeric
// character reference (&amp; &#38; &#x26;).
func entityAt(s string) bool {
	i := 1
	switch {
	case strings.HasPrefix(s, "&#x") || strings.HasPrefix(s, "&#X"):
		i = 3
		for i < len(s) && i < 9 && isHex(s[i]) {
			i++
		}
		return i > 3 && i < len(s) && s[i] == ';'
	case strings.HasPrefix(s, "&#"):
		i = 2
		for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > 2 && i < len(s) && s[i] == ';'
	}
	for i < len(s) && i < 33 && isAlnum(s[i]) {
		i++
	}
	return i > 1 && i < len(s) && s[i] == ';'
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !isAlnum(c)
}

// blankBefore / blankAfter: the character at i has a blank (space) on that
// side within the line; a line's ends are not blanks, because the hard
// break or the surrounding markup follows there.
func blankBefore(l string, i int) bool { return i > 0 && l[i-1] == ' ' }
func blankAfter(l string, i int) bool  { return i+1 < len(l) && l[i+1] == ' ' }

// wordBefore / wordAfter: the neighbour is a letter or digit (a CJK
// character counts), so an underscore between two is inside a word and
// can't open or close emphasis.
func wordBefore(l string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(l[:i])
	return i > 0 && isWordRune(r)
}

func wordAfter(l string, i int) bool {
	r, _ := utf8.DecodeRuneInString(l[i+1:])
	return i+1 < len(l) && isWordRune(r)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r)
}
