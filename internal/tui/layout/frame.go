package layout

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Frame is a drawn block: its lines and, when a text field in it has the
// keyboard, where the real terminal cursor goes, relative to the block's
// top-left corner. The real cursor is what puts an input method's window
// where the person is typing Chinese.
type Frame struct {
	Lines  []string
	Cursor *tea.Cursor
	// fitW and fitH are the box Fit made the lines fill: fitting the frame to the
	// same box again is free (a frame passes through several parents).
	fitW, fitH int
}

// Text is a frame of lines without a cursor.
func Text(lines ...string) Frame { return Frame{Lines: lines} }

// Height is the number of lines.
func (f Frame) Height() int { return len(f.Lines) }

// String joins the lines.
func (f Frame) String() string { return strings.Join(f.Lines, "\n") }

// Fit makes the frame exactly w×h cells (see Fit); a cursor that falls
// outside is hidden.
func (f Frame) Fit(w, h int) Frame {
	if f.fitW == w && f.fitH == h && w > 0 && len(f.Lines) == h {
		return f
	}
	out := Frame{Lines: Fit(f.Lines, w, h), fitW: w, fitH: h}
	if c := f.Cursor; c != nil && c.X >= 0 && c.X < w && c.Y >= 0 && c.Y < h {
		out.Cursor = c
	}
	return out
}

// Indent moves the block n cells to the right, cursor included.
func (f Frame) Indent(n int) Frame {
	return Frame{Lines: Indent(f.Lines, n), Cursor: shift(f.Cursor, n, 0)}
}

// Scroll drops the first n lines; the cursor moves up with the text.
func (f Frame) Scroll(n int) Frame {
	if n <= 0 {
		return f
	}
	n = min(n, len(f.Lines))
	return Frame{Lines: f.Lines[n:], Cursor: shift(f.Cursor, 0, -n)}
}

// Stack puts frames under each other. The cursor is the first frame's that
// has one, moved down by the lines above it.
func Stack(frames ...Frame) Frame {
	var out Frame
	for _, f := range frames {
		if out.Cursor == nil && f.Cursor != nil {
			out.Cursor = shift(f.Cursor, 0, len(out.Lines))
		}
		out.Lines = append(out.Lines, f.Lines...)
	}
	return out
}

// Join puts frames side by side, each padded to its own width (widths[i])
// and separated by gap spaces; the cursor moves right by what is on its
// left.
func Join(gap int, widths []int, frames ...Frame) Frame {
	var out Frame
	rows := 0
	for _, f := range frames {
		rows = max(rows, len(f.Lines))
	}
	x := 0
	for i, f := range frames {
		if out.Cursor == nil && f.Cursor != nil {
			out.Cursor = shift(f.Cursor, x, 0)
		}
		if i < len(widths) {
			x += widths[i] + gap
		}
	}
	sep := strings.Repeat(" ", gap)
	out.Lines = make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for i, f := range frames {
			if i > 0 {
				b.WriteString(sep)
			}
			var l string
			if r < len(f.Lines) {
				l = f.Lines[r]
			}
			if i < len(frames)-1 && i < len(widths) {
				l = Pad(l, widths[i])
			}
			b.WriteString(l)
		}
		out.Lines[r] = b.String()
	}
	return out
}

func shift(c *tea.Cursor, dx, dy int) *tea.Cursor {
	if c == nil {
		return nil
	}
	cc := *c
	cc.X += dx
	cc.Y += dy
	return &cc
}
