package archive

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// scanner reads JSON text (RFC 8259) from a reader, strictly and in a
// bounded amount of memory: one read buffer and the string being read. It
// is the archive's own because the standard decoder is lenient where the
// archive must not be: it turns invalid UTF-8 and lone surrogate escapes
// into U+FFFD, matches field names case-insensitively and lets a repeated
// name win silently.
//
// Problems with the text itself (grammar, an unterminated string) are
// *SyntaxError and stop the reading. Problems with a string's content
// (invalid UTF-8, a lone surrogate) are reported by readString as flags,
// so the decoder can name the field and go on to find the record's key.
type scanner struct {
	r        io.Reader
	buf      []byte // buf[pos:end] is read but not yet consumed
	pos, end int
	eof      bool
	rerr     error // the reader's error other than io.EOF
	consumed int64 // bytes of the input before buf[0]
	limit    int64 // the most bytes read before ErrTooLarge; 0: no limit
	line     int   // 1-based line of buf[pos]
	lastLine int   // the line of the last byte peek found
	full     bool  // the last read filled the buffer
	str      []byte
	name     []byte // the last member name read by key
}

// String flags: what readString found wrong with a string's content.
const (
	strBadUTF8   = 1 << iota // bytes that are not UTF-8, or a lone surrogate escape
	strSurrogate             // the bad part was a lone surrogate escape
)

// SyntaxError is text that is not JSON.
type SyntaxError struct {
	Line   int
	Reason string // one of the syn* codes
	Found  string // the offending character, for synUnexpected
}

// Syntax reasons; the command line words each one.
const (
	synUnexpected = "unexpected" // a character that can't be here
	synEOF        = "eof"        // the text ends in the middle of a value
	synControl    = "control"    // a raw control character inside a string
	synEscape     = "escape"     // a backslash escape JSON doesn't have
	synNumber     = "number"     // a malformed number
	synDepth      = "depth"      // nesting deeper than any archive has
)

func (e *SyntaxError) Error() string {
	switch e.Reason {
	case synUnexpected:
		return "line " + strconv.Itoa(e.Line) + ": unexpected " + e.Found
	case synEOF:
		return "line " + strconv.Itoa(e.Line) + ": the file ends in the middle of a value"
	case synControl:
		return "line " + strconv.Itoa(e.Line) + ": a control character inside a string (it must be escaped)"
	case synEscape:
		return "line " + strconv.Itoa(e.Line) + ": an unknown escape " + e.Found + " in a string"
	case synNumber:
		return "line " + strconv.Itoa(e.Line) + ": a malformed number " + e.Found
	case synDepth:
		return "line " + strconv.Itoa(e.Line) + ": nested too deeply"
	}
	return "line " + strconv.Itoa(e.Line) + ": not JSON"
}

// errTooLarge is raised inside the scanner when the input passes the limit.
var errTooLarge = errors.New("archive larger than the limit")

const readSize = 64 << 10

func newScanner(r io.Reader, limit int64) *scanner {
	return &scanner{r: r, buf: make([]byte, 0, 4<<10), limit: limit, line: 1}
}

// offset is how many bytes of the input have been consumed.
func (s *scanner) offset() int64 { return s.consumed + int64(s.pos) }

// fill reads more input, keeping buf[pos:end]. It reports false when
// nothing more can be read (end of input or an error, kept in s.rerr).
func (s *scanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf[:cap(s.buf)], s.buf[s.pos:s.end])
		s.consumed += int64(s.pos)
		s.pos, s.end = 0, n
	}
	if s.full && cap(s.buf) < readSize || s.end == cap(s.buf) {
		// The last read filled the buffer: a long input, whose buffer
		// grows to readSize (a short one, a test's or a fuzzer's, never
		// pays for 64 KiB).
		s.buf = append(s.buf[:s.end], make([]byte, min(cap(s.buf), readSize))...)
	}
	s.buf = s.buf[:cap(s.buf)]
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		s.full = s.end == len(s.buf)
		if s.limit > 0 && s.consumed+int64(s.end) > s.limit {
			s.eof, s.rerr = true, errTooLarge
			return false
		}
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.rerr = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// ensure makes at least n bytes available at pos if the input has them.
func (s *scanner) ensure(n int) bool {
	for s.end-s.pos < n {
		if !s.fill() {
			return s.end-s.pos >= n
		}
	}
	return true
}

// failure is the error for reaching the end of input in the middle of a
// value: the reader's error if it had one, else a syntax error.
func (s *scanner) failure() error {
	if s.rerr != nil {
		return s.rerr
	}
	// The end is told at the line of the last text, not after the
	// blank lines that may follow it.
	return &SyntaxError{Line: max(s.lastLine, 1), Reason: synEOF}
}

func (s *scanner) unexpected(c byte) error {
	if s.rerr != nil {
		return s.rerr
	}
	return &SyntaxError{Line: s.line, Reason: synUnexpected, Found: describeByte(c)}
}

// describeByte names a character for a person: printable ASCII quoted,
// anything else by its code.
func describeByte(c byte) string {
	if c > 0x20 && c < 0x7f {
		return "'" + string(rune(c)) + "'"
	}
	const hexd = "0123456789ABCDEF"
	return "byte 0x" + string([]byte{hexd[c>>4], hexd[c&0xF]})
}

// peek skips blank space and returns the next byte without consuming it;
// ok is false at the end of the input.
func (s *scanner) peek() (c byte, ok bool) {
	for {
		for s.pos < s.end {
			c = s.buf[s.pos]
			switch c {
			case ' ', '\t', '\r':
				s.pos++
			case '\n':
				s.pos++
				s.line++
			default:
				s.lastLine = s.line
				return c, true
			}
		}
		if !s.fill() {
			return 0, false
		}
	}
}

// expect consumes c (after blank space) or fails.
func (s *scanner) expect(c byte) error {
	got, ok := s.peek()
	if !ok {
		return s.failure()
	}
	if got != c {
		return s.unexpected(got)
	}
	s.pos++
	return nil
}

// more is called after an array element or object member: it consumes a
// comma and reports true, or consumes the closing byte and reports false.
func (s *scanner) more(closing byte) (bool, error) {
	c, ok := s.peek()
	if !ok {
		return false, s.failure()
	}
	s.pos++
	switch c {
	case ',':
		return true, nil
	case closing:
		return false, nil
	}
	s.pos--
	return false, s.unexpected(c)
}

// begin consumes an opening '[' or '{' and reports whether the container
// is empty (its closing byte consumed too).
func (s *scanner) begin(open, closing byte) (empty bool, err error) {
	if err := s.expect(open); err != nil {
		return false, err
	}
	c, ok := s.peek()
	if !ok {
		return false, s.failure()
	}
	if c == closing {
		s.pos++
		return true, nil
	}
	return false, nil
}

// key reads an object member's name and the colon after it. The bytes are
// valid until the next read.
func (s *scanner) key() ([]byte, int, error) {
	c, ok := s.peek()
	if !ok {
		return nil, 0, s.failure()
	}
	if c != '"' {
		return nil, 0, s.unexpected(c)
	}
	k, flags, err := s.readString(maxKey)
	if err != nil {
		return nil, 0, err
	}
	// The name may point into the buffer, which the colon's read may move.
	s.name = append(s.name[:0], k...)
	return s.name, flags, s.expect(':')
}

// maxKey bounds a member name kept in memory: no name of the archive is
// longer, and a longer one is unknown anyway.
const maxKey = 64

// plain marks the bytes a string can hold as they are: everything but the
// quote, the backslash and the C0 controls. Bytes ≥ 0x80 are checked as
// UTF-8 once the string is whole.
var plain = func() (t [256]bool) {
	for i := 0x20; i < 256; i++ {
		t[i] = i != '"' && i != '\\'
	}
	return t
}()

// readString reads a string at the current position (its opening quote
// next, after blank space) and returns its decoded bytes, valid until the
// next read. At most max bytes are kept; a longer string is read to its
// end and returned cut, with its full decoded length in n. flags say
// whether its content was not UTF-8.
func (s *scanner) readString(max int) (b []byte, flags int, err error) {
	b, flags, _, err = s.readStringN(max)
	return b, flags, err
}

func (s *scanner) readStringN(max int) (b []byte, flags int, n int, err error) {
	if err := s.expect('"'); err != nil {
		return nil, 0, 0, err
	}
	// Fast path: the whole string lies in the buffer without escapes.
	start := s.pos
	i := start
	high := false
	for i < s.end && plain[s.buf[i]] {
		high = high || s.buf[i] >= utf8.RuneSelf
		i++
	}
	if i < s.end && s.buf[i] == '"' {
		s.pos = i + 1
		b = s.buf[start:i]
		if high && !utf8.Valid(b) {
			flags |= strBadUTF8
		}
		if len(b) > max {
			return b[:max], flags, len(b), nil
		}
		return b, flags, len(b), nil
	}
	s.str = s.str[:0]
	n = 0
	keep := func(p []byte) {
		n += len(p)
		if room := max - len(s.str); room > 0 {
			s.str = append(s.str, p[:min(room, len(p))]...)
		}
	}
	// Invalid UTF-8 is checked over what is kept plus a running check of
	// what is cut off, so a long string costs no more memory than max.
	var tail utf8Checker
	s.pos = start
	for {
		i := s.pos
		for i < s.end && plain[s.buf[i]] {
			high = high || s.buf[i] >= utf8.RuneSelf
			i++
		}
		chunk := s.buf[s.pos:i]
		keep(chunk)
		if high {
			tail.write(chunk)
		}
		s.pos = i
		if i == s.end {
			if !s.fill() {
				return nil, 0, 0, s.failure()
			}
			continue
		}
		switch c := s.buf[i]; {
		case c == '"':
			s.pos++
			if high && !tail.valid() {
				flags |= strBadUTF8
			}
			return s.str, flags, n, nil
		case c == '\\':
			var e [utf8.UTFMax]byte
			size, f, err := s.escape(e[:])
			if err != nil {
				return nil, 0, 0, err
			}
			flags |= f
			keep(e[:size])
			tail.write(e[:size])
		default: // a raw control character
			return nil, 0, 0, &SyntaxError{Line: s.line, Reason: synControl}
		}
	}
}

// escape decodes one backslash escape at pos into e and returns its size.
// A \u escape of half a surrogate pair not followed by the other half sets
// strBadUTF8|strSurrogate and decodes to nothing.
func (s *scanner) escape(e []byte) (int, int, error) {
	s.ensure(2)
	if s.end-s.pos < 2 {
		return 0, 0, s.failure()
	}
	c := s.buf[s.pos+1]
	var r byte
	switch c {
	case '"', '\\', '/':
		r = c
	case 'b':
		r = '\b'
	case 'f':
		r = '\f'
	case 'n':
		r = '\n'
	case 'r':
		r = '\r'
	case 't':
		r = '\t'
	case 'u':
		u, err := s.hex4()
		if err != nil {
			return 0, 0, err
		}
		switch {
		case u >= 0xD800 && u < 0xDC00:
			// A high surrogate must be followed by \u and a low one.
			if s.ensure(6) && s.buf[s.pos] == '\\' && s.buf[s.pos+1] == 'u' {
				save := s.pos
				lo, err := s.hex4()
				if err != nil {
					return 0, 0, err
				}
				if lo >= 0xDC00 && lo < 0xE000 {
					return utf8.EncodeRune(e, rune((u-0xD800)<<10|(lo-0xDC00))+0x10000), 0, nil
				}
				s.pos = save // the second escape is read on its own
			}
			return 0, strBadUTF8 | strSurrogate, nil
		case u >= 0xDC00 && u < 0xE000:
			return 0, strBadUTF8 | strSurrogate, nil
		}
		return utf8.EncodeRune(e, rune(u)), 0, nil
	default:
		found := describeByte(c)
		if c > 0x20 && c < 0x7f {
			found = "'\\" + string(rune(c)) + "'"
		}
		return 0, 0, &SyntaxError{Line: s.line, Reason: synEscape, Found: found}
	}
	s.pos += 2
	e[0] = r
	return 1, 0, nil
}

// hex4 reads \uXXXX at pos and returns the code unit.
func (s *scanner) hex4() (uint32, error) {
	if !s.ensure(6) {
		return 0, s.failure()
	}
	var u uint32
	for _, c := range s.buf[s.pos+2 : s.pos+6] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, &SyntaxError{Line: s.line, Reason: synEscape, Found: "'\\u" + safeASCII(s.buf[s.pos+2:s.pos+6]) + "'"}
		}
		u = u<<4 | uint32(v)
	}
	s.pos += 6
	return u, nil
}

func safeASCII(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c <= 0x20 || c >= 0x7f {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

// utf8Checker validates UTF-8 written in pieces that may split a rune.
type utf8Checker struct {
	carry [utf8.UTFMax]byte
	nc    int
	bad   bool
}

func (u *utf8Checker) write(p []byte) {
	if u.bad || len(p) == 0 {
		return
	}
	if u.nc > 0 {
		// Complete the rune cut by the previous piece.
		need := min(utf8.UTFMax-u.nc, len(p))
		var tmp [2 * utf8.UTFMax]byte
		t := append(append(tmp[:0], u.carry[:u.nc]...), p[:need]...)
		if !utf8.FullRune(t) {
			u.nc = copy(u.carry[:], t)
			return
		}
		r, size := utf8.DecodeRune(t)
		if r == utf8.RuneError && size == 1 {
			u.bad = true
			return
		}
		p = p[size-u.nc:]
		u.nc = 0
	}
	// Keep an incomplete rune at the end for the next piece.
	cut := len(p)
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax; i-- {
		if utf8.RuneStart(p[i]) {
			if !utf8.FullRune(p[i:]) {
				cut = i
			}
			break
		}
	}
	if !utf8.Valid(p[:cut]) {
		u.bad = true
		return
	}
	u.nc = copy(u.carry[:], p[cut:])
}

func (u *utf8Checker) valid() bool { return !u.bad && u.nc == 0 }

// readNumber reads a number (RFC 8259 grammar) and returns its text, valid
// until the next read, and whether it is a whole number (no fraction or
// exponent).
func (s *scanner) readNumber() (text []byte, whole bool, err error) {
	if _, ok := s.peek(); !ok {
		return nil, false, s.failure()
	}
	// Numbers are short; a few hundred bytes is far beyond any real one.
	s.ensure(maxNumber + 1)
	b := s.buf[s.pos:s.end]
	i := 0
	bad := func() ([]byte, bool, error) {
		end := min(i+1, len(b))
		return nil, false, &SyntaxError{Line: s.line, Reason: synNumber, Found: safeASCII(b[:min(end, 24)])}
	}
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		digits()
	default:
		return bad()
	}
	whole = true
	if i < len(b) && b[i] == '.' {
		i++
		whole = false
		if digits() == 0 {
			return bad()
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		whole = false
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return bad()
		}
	}
	if i > maxNumber {
		return bad()
	}
	s.pos += i
	return b[:i], whole, nil
}

const maxNumber = 512

// readLiteral reads true, false or null.
func (s *scanner) readLiteral() (string, error) {
	c, ok := s.peek()
	if !ok {
		return "", s.failure()
	}
	var word string
	switch c {
	case 't':
		word = "true"
	case 'f':
		word = "false"
	case 'n':
		word = "null"
	default:
		return "", s.unexpected(c)
	}
	s.ensure(len(word))
	if s.end-s.pos < len(word) || string(s.buf[s.pos:s.pos+len(word)]) != word {
		if s.end-s.pos < len(word) && string(s.buf[s.pos:s.end]) == word[:s.end-s.pos] {
			return "", s.failure()
		}
		return "", s.unexpected(c)
	}
	s.pos += len(word)
	return word, nil
}

// kind names the JSON type of the value at the current position.
func (s *scanner) kind() (string, error) {
	c, ok := s.peek()
	if !ok {
		return "", s.failure()
	}
	switch {
	case c == '"':
		return kindString, nil
	case c == '{':
		return kindObject, nil
	case c == '[':
		return kindArray, nil
	case c == 't' || c == 'f':
		return kindBool, nil
	case c == 'n':
		return kindNull, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return kindNumber, nil
	}
	return "", s.unexpected(c)
}

// JSON kinds, as a field error names what was found and what belongs.
const (
	kindString   = "string"
	kindNumber   = "number"
	kindWhole    = "whole_number"
	kindFraction = "fraction" // a number that is not whole
	kindObject   = "object"
	kindArray    = "array"
	kindBool     = "boolean"
	kindNull     = "null"
)

// maxDepth bounds the nesting skip accepts; an archive nests 4 deep.
const maxDepth = 1000

// skip reads one value of any kind, checking it as strictly as any other
// (a skipped value that is not JSON is still an error).
func (s *scanner) skip() error {
	depth := 0
	var stack [maxDepth]byte
	for {
		c, ok := s.peek()
		if !ok {
			return s.failure()
		}
		switch {
		case c == '{' || c == '[':
			if depth == maxDepth {
				return &SyntaxError{Line: s.line, Reason: synDepth}
			}
			closing := byte('}')
			if c == '[' {
				closing = ']'
			}
			empty, err := s.begin(c, closing)
			if err != nil {
				return err
			}
			if empty {
				break
			}
			stack[depth] = closing
			depth++
			if closing == '}' {
				if _, _, err := s.key(); err != nil {
					return err
				}
			}
			continue
		case c == '"':
			if _, _, err := s.readString(0); err != nil {
				return err
			}
		case c == '-' || (c >= '0' && c <= '9'):
			if _, _, err := s.readNumber(); err != nil {
				return err
			}
		default:
			if _, err := s.readLiteral(); err != nil {
				return err
			}
		}
		// A value ended: close containers that end here.
		for depth > 0 {
			more, err := s.more(stack[depth-1])
			if err != nil {
				return err
			}
			if !more {
				depth--
				continue
			}
			if stack[depth-1] == '}' {
				if _, _, err := s.key(); err != nil {
					return err
				}
			}
			break
		}
		if depth == 0 {
			return nil
		}
	}
}
