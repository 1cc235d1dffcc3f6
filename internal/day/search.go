package day

import (
	"strings"

	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
)

// Query is the one search rule of debrief, for `debrief list --search` and
// History's "/": the text, ignoring case, anywhere in an entry's date
// (YYYY-MM-DD), its shift kind's name in the person's language, what I
// helped with, a case's title, category, real need, what I did or better
// next time, the focus for the next shift, or a tag — and never in the
// private vent (README: the vent is never searched). A day off is found by
// its date, its reason's name or its note. Category, when set, keeps only
// entries with a case of that category.
type Query struct {
	text     string // lower case
	category string
	tag      string // WithTag
	p        *i18n.Printer
}

// WithTag narrows q to the entries with tag (equal ignoring case and the
// spaces around it; "" keeps every entry): list --tag, export --tag.
func (q Query) WithTag(tag string) Query {
	q.tag = strings.TrimSpace(tag)
	return q
}

func (q Query) hasTag(e *journal.Entry) bool {
	if q.tag == "" {
		return true
	}
	for _, t := range e.Tags {
		if strings.EqualFold(strings.TrimSpace(t), q.tag) {
			return true
		}
	}
	return false
}

// Tagged keeps the entries with tag (Query.WithTag's rule), in order.
func Tagged(entries []journal.Entry, tag string) []journal.Entry {
	q := Query{}.WithTag(tag)
	if q.tag == "" {
		return entries
	}
	out := entries[:0:0]
	for i := range entries {
		if q.hasTag(&entries[i]) {
			out = append(out, entries[i])
		}
	}
	return out
}

// NewQuery makes a query; p names shift kinds and reasons. Empty text and
// category find everything.
func NewQuery(text, category string, p *i18n.Printer) Query {
	return Query{text: strings.ToLower(text), category: strings.TrimSpace(category), p: p}
}

// Entry reports whether q finds e.
func (q Query) Entry(e *journal.Entry) bool {
	return q.hasCategory(e) && q.hasTag(e) && (q.text == "" || q.in(e.ShiftDate.String()) || e.Shift != "" && q.in(q.p.T("shift."+e.Shift)) ||
		q.any(e.Helped) || q.inCases(e.Cases) || q.in(e.Tomorrow) || q.any(e.Tags))
}

// DayOff reports whether q finds a day off (never with a category).
func (q Query) DayOff(o *journal.DayOff) bool {
	return q.category == "" && q.tag == "" && (q.text == "" || q.in(o.Date.String()) || q.in(q.p.T("reason."+o.Reason)) || q.in(o.Note))
}

func (q Query) in(s string) bool { return strings.Contains(strings.ToLower(s), q.text) }

func (q Query) any(list []string) bool {
	for _, s := range list {
		if q.in(s) {
			return true
		}
	}
	return false
}

func (q Query) inCases(cs []journal.Case) bool {
	for _, c := range cs {
		if q.in(c.Title) || q.in(c.Category) || q.in(c.Need) || q.in(c.Action) || q.in(c.Better) {
			return true
		}
	}
	return false
}

func (q Query) hasCategory(e *journal.Entry) bool {
	if q.category == "" {
		return true
	}
	for _, c := range e.Cases {
		if strings.EqualFold(strings.TrimSpace(c.Category), q.category) {
			return true
		}
	}
	return false
}
