package day

import (
	"slices"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/journal"
)

// Conflict is a save that found the date changed by another process since
// the debrief was read. Nothing was written; what is typed stays with the
// person until they choose: both (Merge), theirs or mine.
type Conflict struct {
	Date journal.Date
	// Theirs is what the journal holds now: the saved entry when it
	// changed (an import, another app's save, `debrief edit`), otherwise
	// the draft another debrief of the date wrote.
	Theirs journal.Draft
	// Base is what the debrief started from (the entry opened for
	// editing; zero for a new debrief or a resumed draft): Merge keeps
	// their change of an answer I left as it was.
	Base journal.Draft
	// Saved: Theirs is a saved entry (not a draft). Removed: the entry
	// was deleted meanwhile (Theirs is empty).
	Saved, Removed bool
	entry, draft   uint64 // the revisions in the journal when it was found
}

func (c *Conflict) Error() string {
	return c.Date.String() + ": " + ErrConflict.Error()
}

// Merge is "keep both" of mine and theirs (Merge, from the conflict's
// base).
func (c *Conflict) Merge(mine journal.Draft) journal.Draft { return Merge(c.Base, mine, c.Theirs) }

// Is makes errors.Is(err, ErrConflict) true for a *Conflict.
func (c *Conflict) Is(target error) bool { return target == ErrConflict }

// Merge is "keep both": the cases, the helped lines, the ideas and the
// tags of both, mine first, each once (compared without surrounding
// spaces). A single answer (shift, times, contacts, CSAT, the scales,
// whether last shift's focus happened) is mine, unless I never gave it or
// left it as it was when I opened the debrief (base) and they changed it:
// then theirs, so a change made elsewhere is not undone by a field I never
// touched. The texts (tomorrow, the vent) likewise; when both sides
// changed one, mine with theirs added unless it says nothing mine does
// not. An entry holds three helped lines: from the third on, the
// lines are joined into the third with " / ", so no line is dropped. A
// case keeps the jot it was started from. base is the zero Draft for a
// new debrief.
func Merge(base, mine, theirs journal.Draft) journal.Draft {
	out := mine
	b, m, t := base.Entry, &out.Entry, theirs.Entry
	given := func(s string) bool { return strings.TrimSpace(s) != "" }
	for _, f := range []struct {
		mine         *string
		base, theirs string
	}{
		{&m.Shift, b.Shift, t.Shift}, {&m.StartedAt, b.StartedAt, t.StartedAt}, {&m.EndedAt, b.EndedAt, t.EndedAt},
		{&m.FocusDone, b.FocusDone, t.FocusDone},
	} {
		*f.mine = pick(f.base, *f.mine, f.theirs, given)
	}
	for _, f := range []struct {
		mine         *int
		base, theirs int
	}{{&m.Mood, b.Mood, t.Mood}, {&m.Energy, b.Energy, t.Energy}, {&m.Stress, b.Stress, t.Stress}} {
		*f.mine = pick(f.base, *f.mine, f.theirs, journal.Has)
	}
	if pick(intText(b.Contacts), intText(m.Contacts), intText(t.Contacts), given) != intText(m.Contacts) {
		m.Contacts = t.Contacts
	}
	if pick(floatText(b.CSAT), floatText(m.CSAT), floatText(t.CSAT), given) != floatText(m.CSAT) {
		m.CSAT = t.CSAT
	}
	switch strings.TrimSpace(b.Tomorrow) {
	case strings.TrimSpace(t.Tomorrow):
		// they left it as it was: mine
	case strings.TrimSpace(m.Tomorrow):
		if given(t.Tomorrow) {
			m.Tomorrow = t.Tomorrow
		}
	default:
		m.Tomorrow = joinText(m.Tomorrow, t.Tomorrow, " / ")
	}
	mergeVent(b, m, t)
	m.Helped = fitHelped(union(m.Helped, t.Helped, strings.TrimSpace))
	m.Tags = union(m.Tags, t.Tags, strings.TrimSpace)
	if m.CreatedAt.IsZero() || !t.CreatedAt.IsZero() && t.CreatedAt.Before(m.CreatedAt) {
		m.CreatedAt = t.CreatedAt
	}

	m.Cases = slices.Clone(m.Cases)
	out.UsedJots = slices.Clone(mine.UsedJots)
	for i, c := range t.Cases {
		if at := slices.IndexFunc(m.Cases, func(x journal.Case) bool { return caseKey(x) == caseKey(c) }); at >= 0 {
			if JotOf(out, at) == 0 && JotOf(theirs, i) != 0 {
				setJot(&out, at, JotOf(theirs, i))
			}
			continue
		}
		m.Cases = append(m.Cases, c)
		setJot(&out, len(m.Cases)-1, JotOf(theirs, i))
	}
	out.Ideas = slices.Clone(mine.Ideas)
	for _, idea := range theirs.Ideas {
		if !slices.ContainsFunc(out.Ideas, func(x journal.Idea) bool { return ideaKey(x) == ideaKey(idea) }) {
			out.Ideas = append(out.Ideas, idea)
		}
	}
	return out
}

// JotOf is the id of the jot case i of a draft was started from (0: none).
// A draft keeps, in UsedJots, one id for each case in order.
func JotOf(d journal.Draft, i int) uint64 {
	if i < len(d.UsedJots) {
		return d.UsedJots[i]
	}
	return 0
}

func setJot(d *journal.Draft, i int, id uint64) {
	if id == 0 && i >= len(d.UsedJots) {
		return
	}
	for len(d.UsedJots) <= i {
		d.UsedJots = append(d.UsedJots, 0)
	}
	d.UsedJots[i] = id
}

// mergeVent is keep both for the vent, as for the texts: mine, unless I
// left it as it was (or have none) and they changed it; when both changed
// it, mine then theirs. A sealed vent cannot be opened to be joined (no
// passphrase is asked while writing): when both changed it and one of
// them is sealed, mine is kept.
func mergeVent(b journal.Entry, m *journal.Entry, t journal.Entry) {
	base, mine, theirs := ventOf(b), ventOf(*m), ventOf(t)
	switch {
	case theirs == base || theirs == mine || theirs == "":
		// they left it as it was (or removed it): mine
	case mine == base || mine == "":
		m.Vent, m.VentSealed = t.Vent, t.VentSealed
	case !isSealed(mine) && !isSealed(theirs):
		m.Vent = joinText(m.Vent, t.Vent, "\n\n")
	}
}

// ventOf tells vents apart without opening a sealed one: "t" and the
// text, "s" and the sealed bytes, "" for none.
func ventOf(e journal.Entry) string {
	switch {
	case strings.TrimSpace(e.Vent) != "":
		return "t" + strings.TrimSpace(e.Vent)
	case len(e.VentSealed) > 0:
		return "s" + string(e.VentSealed)
	}
	return ""
}

func isSealed(v string) bool { return strings.HasPrefix(v, "s") }

// pick is one answer of keep both: mine, unless I never gave it or left it
// as base, and theirs is given.
func pick[T comparable](base, mine, theirs T, given func(T) bool) T {
	if given(theirs) && (!given(mine) || mine == base) {
		return theirs
	}
	return mine
}

// joinText keeps both texts unless one says nothing more than the other.
func joinText(mine, theirs, sep string) string {
	m, t := strings.TrimSpace(mine), strings.TrimSpace(theirs)
	switch {
	case t == "" || strings.Contains(m, t):
		return mine
	case m == "" || strings.Contains(t, m):
		return theirs
	}
	return strings.TrimRight(mine, " \n") + sep + strings.TrimLeft(theirs, " \n")
}

// union is a then the items of b, each once by key, blank ones left out.
func union(a, b []string, key func(string) string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range append(slices.Clone(a), b...) {
		k := key(s)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func fitHelped(lines []string) []string {
	if len(lines) <= journal.MaxHelped {
		return lines
	}
	last := journal.MaxHelped - 1
	out := slices.Clone(lines[:last])
	return append(out, strings.Join(lines[last:], " / "))
}

func caseKey(c journal.Case) journal.Case {
	for _, s := range []*string{&c.Title, &c.Category, &c.Need, &c.Action, &c.Better} {
		*s = strings.TrimSpace(*s)
	}
	return c
}

func ideaKey(i journal.Idea) string {
	if strings.TrimSpace(i.Text) == "" {
		return ""
	}
	return i.Kind + "\x00" + strings.TrimSpace(i.Text)
}

// Difference is one thing the two sides of a conflict say differently. For
// a single answer, Mine and Theirs hold its value (none when not given);
// for a list (helped, cases, ideas, tags) they hold the items only that
// side has (cases by title). Values are as stored (codes such as "night",
// scales as digits, "N" characters for the vent, which is not shown, or
// VentSealed);
// the screen words them.
type Difference struct {
	Field        string // the entry's field name: "mood", "helped", "cases", "ideas", "vent"…
	Mine, Theirs []string
}

// Differences lists what differs between mine and theirs, in the order of
// the debrief's steps: nothing when both would save the same entry.
func Differences(mine, theirs journal.Draft) []Difference {
	m, t := mine.Entry, theirs.Entry
	var out []Difference
	one := func(field, mv, tv string) {
		if strings.TrimSpace(mv) != strings.TrimSpace(tv) {
			out = append(out, Difference{Field: field, Mine: nonEmpty(mv), Theirs: nonEmpty(tv)})
		}
	}
	list := func(field string, onlyM, onlyT []string) {
		if len(onlyM)+len(onlyT) > 0 {
			out = append(out, Difference{Field: field, Mine: onlyM, Theirs: onlyT})
		}
	}
	trim := strings.TrimSpace
	shift := func(e journal.Entry) string {
		if e.Shift == "" {
			return journal.ShiftDay
		}
		return e.Shift
	}
	one("shift", shift(m), shift(t))
	one("started_at", m.StartedAt, t.StartedAt)
	one("ended_at", m.EndedAt, t.EndedAt)
	one("contacts", intText(m.Contacts), intText(t.Contacts))
	one("csat", floatText(m.CSAT), floatText(t.CSAT))
	one("mood", scaleText(m.Mood), scaleText(t.Mood))
	one("energy", scaleText(m.Energy), scaleText(t.Energy))
	one("stress", scaleText(m.Stress), scaleText(t.Stress))
	one("focus_done", m.FocusDone, t.FocusDone)
	list("helped", only(m.Helped, t.Helped, trim, same), only(t.Helped, m.Helped, trim, same))
	list("cases", only(m.Cases, t.Cases, caseKey, caseTitle), only(t.Cases, m.Cases, caseKey, caseTitle))
	if ventOf(m) != ventOf(t) {
		out = append(out, Difference{Field: "vent", Mine: ventText(m), Theirs: ventText(t)})
	}
	list("ideas", only(mine.Ideas, theirs.Ideas, ideaKey, ideaText), only(theirs.Ideas, mine.Ideas, ideaKey, ideaText))
	one("tomorrow", m.Tomorrow, t.Tomorrow)
	list("tags", only(m.Tags, t.Tags, trim, same), only(t.Tags, m.Tags, trim, same))
	return out
}

func nonEmpty(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{s}
}

// only is the items of a that b lacks, compared by key (blank ones left
// out), as show words them.
func only[T any, K comparable](a, b []T, key func(T) K, show func(T) string) []string {
	var out []string
	var zero K
	for _, x := range a {
		k := key(x)
		if k != zero && !slices.ContainsFunc(b, func(y T) bool { return key(y) == k }) {
			out = append(out, show(x))
		}
	}
	return out
}

func same(s string) string { return s }

func caseTitle(c journal.Case) string { return c.Title }

func ideaText(i journal.Idea) string { return i.Text }

func intText(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func floatText(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func scaleText(v int) string {
	if !journal.Has(v) {
		return ""
	}
	return strconv.Itoa(v)
}

// ventText is the vent's length in characters, or VentSealed for a sealed
// one: the private text itself is not repeated on the conflict screen.
func ventText(e journal.Entry) []string {
	switch v := strings.TrimSpace(e.Vent); {
	case v != "":
		return []string{strconv.Itoa(len([]rune(v)))}
	case len(e.VentSealed) > 0:
		return []string{VentSealed}
	}
	return nil
}

// VentSealed is a Difference's value for a sealed vent.
const VentSealed = "sealed"
