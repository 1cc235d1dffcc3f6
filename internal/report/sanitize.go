package report

import (
	"strings"
	"unicode/utf8"
)

// Terminal makes user text harmless to print on a terminal: every control
// character that could move the cursor, set the clipboard (OSC 52), hide a
// link (OSC 8), ring the bell or rewrite a line (\r, \b) is replaced with a
// visible stand-in, while newlines and tabs are kept. Invalid UTF-8 becomes
// U+FFFD. Bidirectional overrides, which can make text read differently
// than it is stored, are shown as U+FFFD too.
func Terminal(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b.WriteString(visible(r, size))
	}
	return b.String()
}

// Line is Terminal for one-line places (a table cell, a title): newlines and
// tabs become spaces too.
func Line(s string) string {
	s = Terminal(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	}
	return s
}

// isPlain is the fast path: printable ASCII, newline, tab, and any
// multi-byte rune that is not a C1 control or a bidi override.
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

func unsafeRune(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || // C1 controls, including CSI U+009B
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || // bidi embeddings, overrides, isolates
		r == 0x200e || r == 0x200f || r == 0x061c
}

func visible(r rune, size int) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return "\uFFFD"
	case r == '\n' || r == '\t':
		return string(r)
	case r < 0x20:
		return string(rune(0x2400 + r)) // ␀ ␇ ␈ ␍ ␛ …
	case r == 0x7f:
		return "\u2421" // ␡
	case unsafeRune(r):
		return "\uFFFD"
	}
	return string(r)
}
