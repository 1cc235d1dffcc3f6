package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The format escapers (Markdown, CSV) add, on top of Terminal's rule for
// control characters, what their format needs so that user text stays
// text. HTML is escaped by html/template; Lines gives it the text's lines
// with their control characters already made visible.

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
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			continue
		}
		if unsafeAt(s, i) {
			return false
		}
	}
	return true
}

// unsafeAt reports whether the valid UTF-8 s has, at byte i, the start of
// a rune unsafeRune refuses: a C1 control (C2 80–C2 9F), U+061C (D8 9C),
// U+200E/F (E2 80 8E/8F), U+202A–202E (E2 80 AA–AE) or U+2066–2069
// (E2 81 A6–A9). Checking the encoded bytes instead of decoding every rune
// keeps the common case, Chinese text, a plain byte scan. Continuation
// bytes (80–BF) never equal a lead byte, so any i may be asked.
func unsafeAt(s string, i int) bool {
	switch s[i] {
	case 0xC2:
		return s[i+1] <= 0x9F
	case 0xD8:
		return s[i+1] == 0x9C
	case 0xE2:
		b1, b2 := s[i+1], s[i+2]
		return b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || b2 >= 0xAA && b2 <= 0xAE) ||
			b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9
	}
	return false
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

// Lines splits sanitized text into its lines with surrounding blank space
// trimmed and blank lines dropped: in a document a person's text keeps its
// line breaks but can't open an empty paragraph, an indented code block or
// a second block of its own.
func Lines(s string) []string {
	s = Terminal(s)
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(strings.ReplaceAll(l, "\t", " "))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// plainInline is the fast path of the document escapers: one line of
// printable text without blank space at its ends and without any of the
// bytes special to the format (special[c]), which every escaper leaves as
// it is.
func plainInline(s string, special *[utf8.RuneSelf]bool) bool {
	if s == "" {
		return true
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(first) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(last) {
		return false
	}
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] {
				return false
			}
			continue
		}
		if unsafeAt(s, i) {
			return false
		}
	}
	return true
}

// byteSet marks the bytes of chars and every ASCII control (which the
// escapers always handle) in a table for plainInline.
func byteSet(chars string) *[utf8.RuneSelf]bool {
	var t [utf8.RuneSelf]bool
	for c := range t {
		t[c] = c < 0x20 || c == 0x7f
	}
	for i := 0; i < len(chars); i++ {
		t[chars[i]] = true
	}
	return &t
}
