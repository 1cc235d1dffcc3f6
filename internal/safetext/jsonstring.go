package safetext

import "unicode/utf8"

// AppendJSON appends s as a JSON string: what encoding/json writes without
// HTML escaping (short escapes for \b \f \n \r \t, \u00XX for the other C0
// controls, \ufffd for each byte that is not UTF-8, U+2028 and U+2029
// escaped), and, as JSON does for a terminal, DEL, the C1 controls and the
// bidi controls as \uXXXX escapes too. A decoder reads back the same text.
// It is the one-pass form of encoding/json followed by JSON.
func AppendJSON(dst []byte, s string) []byte {
	dst = append(dst, '"')
	valid := utf8.ValidString(s)
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default: // the other C0 controls and DEL
				dst = appendEscape(dst, rune(c))
			}
			i++
			start = i
			continue
		}
		// Valid text needs a look only at the lead bytes of the runes to
		// escape (see unsafeAt; U+2028/9 are E2 80 A8/A9).
		if valid && c != 0xC2 && c != 0xD8 && c != 0xE2 {
			i++
			continue
		}
		if valid && !unsafeAt(s, i) && (c != 0xE2 || s[i+1] != 0x80 || s[i+2] != 0xA8 && s[i+2] != 0xA9) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case unsafeRune(r) || r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = appendEscape(dst, r)
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendEscape writes r (below U+10000) as \uXXXX, lower-case hex as
// encoding/json and JSON write it.
func appendEscape(dst []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(dst, '\\', 'u', hex[r>>12&0xF], hex[r>>8&0xF], hex[r>>4&0xF], hex[r&0xF])
}
