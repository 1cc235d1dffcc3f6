package jsonout

import (
	"github.com/debrief-app/debrief/internal/safetext"
)

// reindent copies compact JSON from encoding/json, adding the new lines
// and indentation of the writer's depth.
func (w *Writer) reindent(src []byte) {
	depth := w.base + len(w.open)
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			i = w.literal(src, i) - 1
		case '{', '[':
			w.buf = append(w.buf, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				w.buf = append(w.buf, src[i+1])
				i++
				continue
			}
			depth++
			w.newline(depth)
		case '}', ']':
			depth--
			w.newline(depth)
			w.buf = append(w.buf, c)
		case ',':
			w.buf = append(w.buf, ',')
			w.newline(depth)
		case ':':
			w.buf = append(w.buf, ':', ' ')
		default:
			w.buf = append(w.buf, c)
		}
		w.maybeFlush()
	}
}

// literal copies the string literal at src[i] and returns the index after
// it. encoding/json has escaped quotes, backslashes, C0 controls, invalid
// UTF-8 and U+2028/9; the runs between its escapes go through
// safetext.AppendJSON for what a terminal must not see (DEL, C1, bidi),
// which leaves everything else as it is.
func (w *Writer) literal(src []byte, i int) int {
	w.buf = append(w.buf, '"')
	run := i + 1
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			w.plain(src[run:j])
			n := 2
			if j+1 < len(src) && src[j+1] == 'u' {
				n = 6
			}
			w.buf = append(w.buf, src[j:min(j+n, len(src))]...)
			j += n - 1
			run = j + 1
		case '"':
			w.plain(src[run:j])
			w.buf = append(w.buf, '"')
			return j + 1
		}
	}
	w.plain(src[run:])
	return len(src)
}

// plain appends a run of a literal that has no escapes, escaping what
// safetext.AppendJSON escapes.
func (w *Writer) plain(run []byte) {
	for _, c := range run {
		if c >= 0x7f {
			mark := len(w.buf)
			w.buf = safetext.AppendJSON(w.buf, string(run))
			// AppendJSON quotes what it writes; the literal has its quotes.
			copy(w.buf[mark:], w.buf[mark+1:len(w.buf)-1])
			w.buf = w.buf[:len(w.buf)-2]
			return
		}
	}
	w.buf = append(w.buf, run...)
}
