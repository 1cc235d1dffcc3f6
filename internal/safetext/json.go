package safetext

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// JSON wraps the writer of encoding/json output printed where a terminal
// may read it (--json, a backup to stdout). encoding/json escapes C0
// controls but writes DEL, the C1 controls (U+0080–U+009F, among them
// U+009B, a one-character CSI) and the bidi overrides raw; this writes them
// as \uXXXX escapes (the same set Terminal replaces),
// which is the same JSON: a decoder reads back the same string. Those
// characters can only occur inside JSON strings, so the rewrite is safe.
func JSON(w io.Writer) io.Writer { return &jsonWriter{w: w} }

type jsonWriter struct {
	w     io.Writer
	carry []byte // the start of a UTF-8 sequence cut by the end of a Write
}

func (j *jsonWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(j.carry) > 0 {
		p = append(j.carry, p...)
		j.carry = nil
	}
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		c := p[i]
		if c == 0x7f {
			out = append(out, `\u007f`...)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		if !utf8.FullRune(p[i:]) {
			j.carry = append([]byte(nil), p[i:]...)
			break
		}
		r, size := utf8.DecodeRune(p[i:])
		if unsafeRune(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	if _, err := j.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
