package insight

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/debrief-app/debrief/internal/journal"
)

// Playbook is a person's method, 我的方法: what the cases of a range teach,
// per case category. It is built from the cases only — never the vent, the
// wellbeing scales or the jots — so every part of it may be handed to a
// colleague.
type Playbook struct {
	Categories []Category `json:"categories"`
}

// Category is one case category of the playbook.
type Category struct {
	// Category is the name as typed ("" for cases without one).
	Category  string         `json:"category"`
	Cases     int            `json:"cases"`
	ByOutcome map[string]int `json:"by_outcome"`
	// Praise counts the complaints turned into praise.
	Praise int `json:"praise"`
	// Needs are the customers' real needs, merged like the lessons, most
	// frequent first: what keeps coming back in this category.
	Needs []Lesson `json:"needs"`
	// Lessons are the "better next time" notes, merged (SameLesson), most
	// frequent first, then most recent.
	Lessons []Lesson `json:"lessons"`
	// Best are the best-handled cases: praise first, then resolved, newest
	// first among equals.
	Best []BestCase `json:"best"`
}

// Lesson is a text that came back Count times, the last time on Last.
type Lesson struct {
	Text  string       `json:"text"`
	Count int          `json:"count"`
	Last  journal.Date `json:"last"`
}

// BestCase is a case with the shift it happened on.
type BestCase struct {
	Date journal.Date `json:"date"`
	journal.Case
}

// How much of each list a playbook keeps per category: enough to learn
// from, short enough to read.
const (
	playbookNeeds   = 5
	playbookLessons = 10
	playbookBest    = 3
)

// CaseShift is what the playbook and a review read of a shift: its date,
// its helped lines and its cases, as an audience may see them (report's
// Audience.Visible decides). A tenth of a journal.Entry: ten years of
// them are copied for every playbook and review.
type CaseShift struct {
	Date   journal.Date
	Helped []string
	Cases  []journal.Case
}

// PlaybookOf builds the playbook of shifts (oldest first, as the journal
// gives them). A non-empty category keeps the categories it matches
// (CategoryMatches).
func PlaybookOf(shifts []CaseShift, category string) Playbook {
	type acc struct {
		c       Category
		needs   lessonSet
		lessons lessonSet
		best    []BestCase
	}
	byName := map[string]*acc{}
	var order []*acc
	for i := range shifts {
		e := &shifts[i]
		for _, c := range e.Cases {
			if category != "" && !CategoryMatches(c.Category, category) {
				continue
			}
			a := byName[c.Category]
			if a == nil {
				a = &acc{c: Category{Category: c.Category, ByOutcome: outcomeCounts()}}
				byName[c.Category] = a
				order = append(order, a)
			}
			a.c.Cases++
			a.c.ByOutcome[outcomeKey(c.Outcome)]++
			if c.Praise {
				a.c.Praise++
			}
			a.needs.add(c.Need, e.Date)
			a.lessons.add(c.Better, e.Date)
			if c.Praise || c.Outcome == journal.OutcomeResolved {
				a.best = keepBest(a.best, BestCase{Date: e.Date, Case: c}, playbookBest)
			}
		}
	}
	pb := Playbook{Categories: make([]Category, 0, len(order))}
	for _, a := range order {
		a.c.Needs = a.needs.top(playbookNeeds)
		a.c.Lessons = a.lessons.top(playbookLessons)
		a.c.Best = a.best
		if a.c.Best == nil {
			a.c.Best = []BestCase{}
		}
		pb.Categories = append(pb.Categories, a.c)
	}
	// Categories by case count, then by name; cases without a category last.
	slices.SortStableFunc(pb.Categories, func(x, y Category) int {
		return cmp.Or(cmp.Compare(btoi(x.Category == ""), btoi(y.Category == "")), y.Cases-x.Cases, strings.Compare(x.Category, y.Category))
	})
	return pb
}

func outcomeCounts() map[string]int {
	m := make(map[string]int, len(journal.Outcomes)+1)
	for _, o := range journal.Outcomes {
		m[o] = 0
	}
	m[OutcomeNone] = 0
	return m
}

func outcomeKey(o string) string {
	if slices.Contains(journal.Outcomes, o) {
		return o
	}
	return OutcomeNone
}

// betterCase is the order of the best-handled cases: praise first, then
// resolved, newest first.
func betterCase(x, y *BestCase) bool {
	if x.Praise != y.Praise {
		return x.Praise
	}
	if xr, yr := x.Outcome == journal.OutcomeResolved, y.Outcome == journal.OutcomeResolved; xr != yr {
		return xr
	}
	return x.Date > y.Date
}

// keepBest adds c to best (kept in order, at most n long): one pass over
// ten years of cases instead of a sort of all of them.
func keepBest(best []BestCase, c BestCase, n int) []BestCase {
	return KeepBest(best, c, n, func(x, y BestCase) bool { return betterCase(&x, &y) })
}

// KeepBest adds c to best, a list kept best first and at most n long, and
// returns the list: the n best of many values in one pass, without
// sorting them all. Among equals the one added first stays first. better
// takes values: a pointer to c would move every c to the heap.
func KeepBest[T any](best []T, c T, n int, better func(x, y T) bool) []T {
	i := len(best)
	for i > 0 && better(c, best[i-1]) {
		i--
	}
	if i >= n {
		return best
	}
	if len(best) < n {
		var zero T
		best = append(best, zero)
	}
	copy(best[i+1:], best[i:len(best)-1])
	best[i] = c
	return best
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CategoryMatches is the one loose match of a category a person types
// against a category in the journal: the query, trimmed, is found in the
// category ignoring case (`物流` finds `物流 delivery`, `refund` finds
// `Refund`).
func CategoryMatches(category, query string) bool {
	q := strings.ToLower(strings.TrimSpace(query))
	return q == "" || strings.Contains(strings.ToLower(category), q)
}

// LessonKey is the one rule of "the same lesson": equal after trimming
// spaces and end punctuation, ignoring case ("先查流水。" and "先查流水",
// "Listen first!" and "listen first").
func LessonKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	return strings.ToLower(s)
}

// lessonSet merges texts by LessonKey, keeping the count, the last date
// and the last spelling.
type lessonSet struct {
	byKey map[string]int // index into list
	// byText remembers each spelling's index (-1: no lesson in it): ten
	// years repeat the same few texts thousands of times, and keying one
	// (case folding every rune) costs more than looking it up.
	byText map[string]int
	list   []Lesson
}

func (s *lessonSet) add(text string, d journal.Date) {
	if text == "" {
		return
	}
	i, ok := s.byText[text]
	if !ok {
		i = s.index(LessonKey(text))
		if s.byText == nil {
			s.byText = map[string]int{}
		}
		s.byText[text] = i
	}
	if i < 0 {
		return
	}
	l := &s.list[i]
	l.Count++
	if d >= l.Last {
		l.Last, l.Text = d, text // trimmed once, in top
	}
}

// index is the place of the lesson keyed k in the list, added when new;
// -1 for the empty key.
func (s *lessonSet) index(k string) int {
	if k == "" {
		return -1
	}
	if s.byKey == nil {
		s.byKey = map[string]int{}
	}
	i, ok := s.byKey[k]
	if !ok {
		i = len(s.list)
		s.byKey[k] = i
		s.list = append(s.list, Lesson{})
	}
	return i
}

// top is the n most frequent, then the most recent; n ≤ 0 keeps all.
func (s *lessonSet) top(n int) []Lesson {
	out := slices.Clone(s.list)
	for i := range out {
		out[i].Text = strings.TrimSpace(out[i].Text)
	}
	slices.SortStableFunc(out, func(x, y Lesson) int {
		return cmp.Or(y.Count-x.Count, cmp.Compare(y.Last, x.Last))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	if out == nil {
		out = []Lesson{}
	}
	return out
}

// Lessons merges the "better next time" notes of every case of entries by
// the playbook's rule: the review's lessons summary, n most frequent.
func Lessons(shifts []CaseShift, n int) []Lesson {
	var s lessonSet
	for i := range shifts {
		for _, c := range shifts[i].Cases {
			s.add(c.Better, shifts[i].Date)
		}
	}
	return s.top(n)
}
