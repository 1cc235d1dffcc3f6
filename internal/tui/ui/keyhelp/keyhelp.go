// Package keyhelp draws key bindings for people to read: the one-line
// footer of every screen and the full help panel behind ?. Both are made
// from the very bindings the screens match keys with (package keys), so
// what the help says is what the keys do. Nothing is ever cut in the
// middle of a word: a footer keeps the keys that fit whole, most important
// first, and the help panel wraps a long description inside its column.
package keyhelp

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/debrief-app/debrief/internal/tui/layout"
)

// Sep is what separates two keys on the footer.
const Sep = " • "

// Item is one binding as the footer shows it: "key description", unstyled.
func Item(b key.Binding) string { return b.Help().Key + " " + b.Help().Desc }

// Fit is which of the bindings a footer of width cells shows: the enabled
// ones of first in their order while they fit whole, then always all of
// keep (help and quit: the way to every other key, and the way out). A
// binding that does not fit ends the line; the ones after it are behind
// the help key. When even keep does not fit, its first bindings give way.
func Fit(first, keep []key.Binding, width int) []key.Binding {
	keep = enabled(keep)
	for len(keep) > 1 && lineWidth(keep) > width {
		keep = keep[1:]
	}
	used := lineWidth(keep)
	var out []key.Binding
	for _, b := range enabled(first) {
		w := layout.Width(Item(b)) + layout.Width(Sep)
		if used+w > width {
			break
		}
		used += w
		out = append(out, b)
	}
	return append(out, keep...)
}

func enabled(bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	return out
}

func lineWidth(bs []key.Binding) int {
	n := 0
	for i, b := range bs {
		if i > 0 {
			n += layout.Width(Sep)
		}
		n += layout.Width(Item(b))
	}
	return n
}

// Line draws the footer: Fit's bindings, styled.
func Line(first, keep []key.Binding, width int, st help.Styles) string {
	var parts []string
	for _, b := range Fit(first, keep, width) {
		parts = append(parts, st.ShortKey.Render(b.Help().Key)+" "+st.ShortDesc.Render(b.Help().Desc))
	}
	return strings.Join(parts, st.ShortSeparator.Render(Sep))
}

// colGap is the space between two columns of the help panel.
const colGap = 3

// Panel is every group of bindings as columns of "key description" lines,
// the columns placed side by side while they fit in width and on further
// rows when they do not. A description too long for the width wraps under
// itself. Groups with no enabled binding are left out; a binding listed in
// an earlier group is not repeated.
func Panel(groups [][]key.Binding, width int, st help.Styles) layout.Frame {
	seen := map[string]bool{}
	var cols []layout.Frame
	var widths []int
	for _, group := range groups {
		var bs []key.Binding
		for _, b := range enabled(group) {
			id := Item(b)
			if !seen[id] {
				seen[id] = true
				bs = append(bs, b)
			}
		}
		if len(bs) == 0 {
			continue
		}
		col := column(bs, width, st)
		cw := 0
		for _, l := range col.Lines {
			cw = max(cw, layout.Width(l))
		}
		cols = append(cols, col)
		widths = append(widths, cw)
	}
	var rows []layout.Frame
	for i := 0; i < len(cols); {
		j, used := i, 0
		for j < len(cols) && (j == i || used+colGap+widths[j] <= width) {
			if j > i {
				used += colGap
			}
			used += widths[j]
			j++
		}
		if len(rows) > 0 {
			rows = append(rows, layout.Text(""))
		}
		rows = append(rows, layout.Join(colGap, widths[i:j], cols[i:j]...))
		i = j
	}
	return layout.Stack(rows...)
}

// column lays out one group: the keys padded to one width, each
// description wrapped beside its key.
func column(bs []key.Binding, width int, st help.Styles) layout.Frame {
	kw := 0
	for _, b := range bs {
		kw = max(kw, layout.Width(b.Help().Key))
	}
	dw := max(width-kw-1, 8)
	var lines []string
	for _, b := range bs {
		for i, d := range layout.Wrap(b.Help().Desc, dw) {
			k := ""
			if i == 0 {
				k = b.Help().Key
			}
			lines = append(lines, st.FullKey.Render(layout.Pad(k, kw))+" "+st.FullDesc.Render(d))
		}
	}
	return layout.Text(lines...)
}

// Hint is the enabled bindings as one sentence of keys ("a add a case ·
// enter edit · x remove"), for a screen that shows its keys beside what
// they act on; the caller wraps and styles it.
func Hint(bs []key.Binding) string {
	var parts []string
	for _, b := range enabled(bs) {
		parts = append(parts, Item(b))
	}
	return strings.Join(parts, " · ")
}
