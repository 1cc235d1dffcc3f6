package safetext

import (
	"strings"
	"unicode/utf8"
)

// CSV makes user text safe for a spreadsheet cell: control characters but
// newline and tab become visible stand-ins, and a cell a spreadsheet would
// evaluate gets a leading apostrophe (OWASP's advice) — and only such a
// cell, so that "- wants a refund" or "@张三 已回复" stay as typed.
//
// The rule (Formula): skip leading blanks (space, tab, CR, LF); a cell is a
// formula when what follows starts with
//   - "=" (anything after it), or
//   - "+", "-" or "@" (or their full-width forms, which some spreadsheets
//     fold to ASCII) followed, after any spaces, by what an expression
//     starts with: a digit, ".", "(", a quote, "$", another = + - @, or an
//     ASCII name directly followed by "(" (a function: HYPERLINK(, cmd|…
//     DDE), "!" or ":" (a sheet or range reference), "|" (DDE), or a name
//     ending in digits (a cell reference: A1, AB12).
//
// Anything else — a word, Chinese text, a sign before a blank and a word —
// is read by every spreadsheet as text. Quoting is encoding/csv's job.
func CSV(s string) string {
	t := Terminal(s)
	if Formula(s) {
		return "'" + t
	}
	return t
}

// Formula reports whether a spreadsheet would evaluate s (the rule of CSV).
func Formula(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	c, size := firstASCII(s)
	switch c {
	case '=':
		return true
	case '+', '-', '@':
	default:
		return false
	}
	rest := strings.TrimLeft(s[size:], " ")
	if rest == "" {
		return false
	}
	c, _ = firstASCII(rest)
	switch {
	case c >= '0' && c <= '9', strings.IndexByte(".(\"'$=+-@", c) >= 0 && c != 0:
		return true
	}
	// An ASCII name and what follows it.
	n := 0
	for n < len(rest) && (isAlnum(rest[n]) || rest[n] == '_' || rest[n] == '.') {
		n++
	}
	if n == 0 {
		return false
	}
	if n < len(rest) && strings.IndexByte("(!:|", rest[n]) >= 0 {
		return true
	}
	name := rest[:n]
	return strings.TrimRight(name, "0123456789") != name && strings.TrimLeft(strings.TrimRight(name, "0123456789"), "$ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == ""
}

// firstASCII returns the first character of s folded to ASCII when it is a
// full-width form of a formula character (＝ ＋ － ＠), and its size; 0 for
// any other non-ASCII character.
func firstASCII(s string) (byte, int) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError:
		return 0, size
	case r < utf8.RuneSelf:
		return byte(r), size
	case r == '＝', r == '＋', r == '－', r == '＠':
		return byte(r - 0xFEE0), size
	}
	return 0, size
}
