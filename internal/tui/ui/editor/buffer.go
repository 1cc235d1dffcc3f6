package editor

import "github.com/debrief-app/debrief/internal/tui/layout"

// line is one paragraph of the text with its layout cached: the cells (a
// width and a line-breaking kind per rune) and where its rows start at the
// width last asked for. An edit drops the line's cache only; a new width
// drops them as they are next asked for.
type line struct {
	r      []rune
	cells  []layout.Cell
	starts []int
	w      int
}

func newLine(r []rune) line { return line{r: r} }

// edited drops the cached layout after a change of the runes.
func (l *line) edited() { l.cells, l.starts = nil, nil }

// rows are the rune indexes where the line's rows start at width w.
func (l *line) rows(w int) []int {
	if l.starts != nil && l.w == w {
		return l.starts
	}
	if l.cells == nil {
		l.cells = make([]layout.Cell, len(l.r))
		for i, r := range l.r {
			cw := layout.RuneWidth(r)
			l.cells[i] = layout.Cell{Width: cw, Kind: layout.KindOf(r, cw)}
		}
	}
	l.starts, l.w = layout.Breaks(l.cells, w), w
	return l.starts
}

// rowOf is the row of rune index col (the end of the line is on the last
// row; a row boundary belongs to the row it starts).
func (l *line) rowOf(col, w int) int {
	starts := l.rows(w)
	k := 0
	for k+1 < len(starts) && starts[k+1] <= col {
		k++
	}
	return k
}

// span is the rune range of row k.
func (l *line) span(k, w int) (a, b int) {
	starts := l.rows(w)
	a = starts[k]
	b = len(l.r)
	if k+1 < len(starts) {
		b = starts[k+1]
	}
	return a, b
}

// x is the cell offset of rune index col within its row.
func (l *line) x(col, w int) int {
	a, _ := l.span(l.rowOf(col, w), w)
	n := 0
	for i := a; i < col; i++ {
		n += l.cells[i].Width
	}
	return n
}

// colAt is the rune index in row k nearest to cell offset x (not past the
// row's end, and before its trailing break).
func (l *line) colAt(k, x, w int) int {
	a, b := l.span(k, w)
	last := k+1 == len(l.rows(w))
	n := 0
	for i := a; i < b; i++ {
		if n+l.cells[i].Width > x {
			return i
		}
		n += l.cells[i].Width
	}
	if !last && b > a {
		return b - 1 // the next row starts at b
	}
	return b
}

// pos is a visual row: a line and a row within it.
type pos struct{ line, row int }

func (p pos) before(q pos) bool { return p.line < q.line || p.line == q.line && p.row < q.row }
