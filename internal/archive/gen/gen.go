// Package gen writes realistic, deterministic journals for benchmarks and
// tests: years of shifts of a customer-service agent on a Mon–Fri schedule
// with weekend shifts, days off, night shifts, cases in Chinese and English,
// three helped lines, a vent on most days, ideas in every status and weekly
// reviews. The same seed and end date always give the same archive, byte
// for byte, so benchmark figures compare across runs and machines.
package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
)

// Version changes whenever the generated journals change (words, rates,
// order of random draws), so caches of generated files know they are stale.
// 2: about one shift in five keeps one or two jots.
const Version = 2

// zone is where the generated agent works: China Standard Time, no DST.
var zone = time.FixedZone("CST", 8*3600)

// Journal generates years of shifts ending on end (inclusive). years ≤ 0
// gives an empty archive.
func Journal(years int, seed uint64, end journal.Date) *archive.Archive {
	g := &generator{
		r: rand.New(rand.NewPCG(seed, 0x64656272696566)), // "debrief"
		// Jots draw from their own source, so adding them left every
		// other record of a seed as it was.
		jr: rand.New(rand.NewPCG(seed, 0x6a6f7473)), // "jots"
	}
	a := &archive.Archive{
		Format:        archive.Format,
		Version:       archive.Version,
		ExportedAt:    at(end, 23, 30),
		Entries:       []journal.Entry{},
		DaysOff:       []journal.DayOff{},
		Ideas:         []journal.Idea{},
		WeeklyReviews: []journal.WeeklyReview{},
	}
	if years <= 0 {
		return a
	}
	y, m, d := end.Parts()
	start := journal.DateOf(time.Date(y-years, m, d, 0, 0, 0, 0, time.UTC)).AddDays(1)
	g.run(a, start, end)
	return a
}

type generator struct {
	r        *rand.Rand
	jr       *rand.Rand
	tomorrow string // last shift's focus, so the next one can say whether it happened
	nightRun int    // shifts left in a run of night shifts
	leave    int    // days left of a leave
	ideaID   uint64
	week     journal.Week
	worked   int // shifts in the current week
}

func (g *generator) run(a *archive.Archive, start, end journal.Date) {
	g.week = journal.WeekOf(start)
	for d := start; d <= end; d = d.AddDays(1) {
		if w := journal.WeekOf(d); w != g.week {
			g.closeWeek(a, d.AddDays(-1))
			g.week, g.worked = w, 0
		}
		weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
		switch {
		case g.leave > 0:
			g.leave--
			if !weekend {
				a.DaysOff = append(a.DaysOff, journal.DayOff{Date: d, Reason: "leave", Note: g.pick(leaveNotes)})
			}
			continue
		case weekend:
			// About one weekend day in twelve is a covering shift.
			if g.r.IntN(12) != 0 {
				continue
			}
		case isHoliday(d):
			a.DaysOff = append(a.DaysOff, journal.DayOff{Date: d, Reason: "holiday", Note: g.pick(holidayNotes)})
			continue
		case g.r.IntN(60) == 0:
			a.DaysOff = append(a.DaysOff, journal.DayOff{Date: d, Reason: "sick", Note: g.pick(sickNotes)})
			continue
		case g.r.IntN(90) == 0:
			g.leave = 2 + g.r.IntN(8)
			a.DaysOff = append(a.DaysOff, journal.DayOff{Date: d, Reason: "leave", Note: g.pick(leaveNotes)})
			continue
		case g.r.IntN(120) == 0:
			a.DaysOff = append(a.DaysOff, journal.DayOff{Date: d, Reason: "rest"})
			continue
		}
		e := g.entry(d)
		a.Entries = append(a.Entries, e)
		if jots := g.jots(&e); jots != nil {
			if a.Jots == nil {
				a.Jots = map[journal.Date][]journal.Jot{}
			}
			a.Jots[d] = jots
		}
		g.worked++
		if g.r.IntN(8) == 0 {
			a.Ideas = append(a.Ideas, g.idea(d))
		}
	}
	g.closeWeek(a, end)
}

// isHoliday marks a few fixed public holidays: New Year, Labour Day and the
// first days of October.
func isHoliday(d journal.Date) bool {
	_, m, day := d.Parts()
	return (m == time.January && day == 1) || (m == time.May && day == 1) || (m == time.October && day <= 3)
}

func (g *generator) closeWeek(a *archive.Archive, last journal.Date) {
	if g.worked < 2 || g.r.IntN(10) >= 7 {
		return
	}
	zh := g.r.IntN(3) != 0
	r := journal.WeeklyReview{
		Week:      g.week,
		WentWell:  g.pickLang(zh, wentWellZh, wentWellEn),
		ToChange:  g.pickLang(zh, toChangeZh, toChangeEn),
		Focus:     g.pickLang(zh, focusZh, focusEn),
		UpdatedAt: at(last, 20, g.r.IntN(60)),
	}
	a.WeeklyReviews = append(a.WeeklyReviews, r)
}

func (g *generator) entry(d journal.Date) journal.Entry {
	zh := g.r.IntN(10) < 7
	e := journal.Entry{ShiftDate: d, Shift: journal.ShiftDay, StartedAt: "09:00", EndedAt: "18:00"}
	switch {
	case g.nightRun > 0:
		g.nightRun--
		e.Shift, e.StartedAt, e.EndedAt = journal.ShiftNight, "22:00", "06:00"
	case g.r.IntN(25) == 0:
		g.nightRun = 2 + g.r.IntN(4)
		e.Shift, e.StartedAt, e.EndedAt = journal.ShiftNight, "22:00", "06:00"
	case g.r.IntN(6) == 0:
		e.Shift, e.StartedAt, e.EndedAt = journal.ShiftEvening, "14:00", "23:00"
	}
	contacts := 30 + g.r.IntN(70)
	e.Contacts = &contacts
	if g.r.IntN(4) != 0 {
		csat := float64(70+g.r.IntN(31)) - float64(g.r.IntN(10))/10
		e.CSAT = &csat
	}
	e.Stress = 1 + g.r.IntN(5)
	e.Mood = clamp(6-e.Stress+g.r.IntN(3)-1, 1, 5)
	if g.r.IntN(5) != 0 {
		e.Energy = clamp(e.Mood+g.r.IntN(3)-1, 1, 5)
	}
	if e.Shift == journal.ShiftNight {
		e.Energy = clamp(e.Energy-1, 0, 5)
		if e.Energy == 0 {
			e.Energy = 1
		}
	}
	for range 3 {
		e.Helped = append(e.Helped, g.pickLang(zh, helpedZh, helpedEn))
	}
	for range 1 + g.r.IntN(4) {
		e.Cases = append(e.Cases, g.kase(zh || g.r.IntN(5) == 0))
	}
	if g.r.IntN(10) < 8 {
		e.Vent = g.pickLang(zh, ventZh, ventEn)
		if g.r.IntN(3) == 0 {
			e.Vent += " " + g.pickLang(zh, ventZh, ventEn)
		}
	}
	if g.tomorrow != "" {
		e.FocusDone = journal.FocusAnswers[g.r.IntN(len(journal.FocusAnswers))]
	}
	g.tomorrow = ""
	if g.r.IntN(4) != 0 {
		e.Tomorrow = g.pickLang(zh, tomorrowZh, tomorrowEn)
		g.tomorrow = e.Tomorrow
	}
	if e.Shift == journal.ShiftNight && g.r.IntN(2) == 0 {
		e.Tags = append(e.Tags, g.pickLang(zh, []string{"夜班"}, []string{"night"}))
	}
	for range g.r.IntN(3) {
		t := g.pickLang(zh, tagsZh, tagsEn)
		if !contains(e.Tags, t) {
			e.Tags = append(e.Tags, t)
		}
	}
	end, _ := journal.ParseClock(e.EndedAt)
	saved := d
	if e.Shift == journal.ShiftNight {
		saved = d.AddDays(1)
	}
	e.CreatedAt = at(saved, int(end)/60, 5+g.r.IntN(20))
	e.UpdatedAt = e.CreatedAt.Add(time.Duration(g.r.IntN(15)) * time.Minute)
	return e
}

// jots are the notes of a shift that did not become cases: about one
// shift in five keeps one or two, taken during the shift.
func (g *generator) jots(e *journal.Entry) []journal.Jot {
	if g.jr.IntN(5) != 0 {
		return nil
	}
	start, _ := journal.ParseClock(e.StartedAt)
	zh := g.jr.IntN(10) < 7
	var out []journal.Jot
	for range 1 + g.jr.IntN(2) {
		minute := int(start) + 30 + g.jr.IntN(6*60)
		list := jotsEn
		if zh {
			list = jotsZh
		}
		out = append(out, journal.Jot{
			At:   at(e.ShiftDate, 0, 0).Add(time.Duration(minute) * time.Minute),
			Text: list[g.jr.IntN(len(list))],
		})
	}
	slices.SortFunc(out, func(a, b journal.Jot) int { return a.At.Compare(b.At) })
	return out
}

func (g *generator) kase(zh bool) journal.Case {
	var c journal.Case
	if zh {
		t := casesZh[g.r.IntN(len(casesZh))]
		c = journal.Case{Title: fmt.Sprintf(t.title, g.pick(productsZh)), Category: t.category, Need: t.need, Action: t.action, Better: t.better}
	} else {
		t := casesEn[g.r.IntN(len(casesEn))]
		c = journal.Case{Title: fmt.Sprintf(t.title, g.pick(productsEn)), Category: t.category, Need: t.need, Action: t.action, Better: t.better}
	}
	c.Channel = journal.Channels[weighted(g.r, 35, 45, 12, 6, 2)]
	c.Outcome = journal.Outcomes[weighted(g.r, 70, 12, 12, 6)]
	if g.r.IntN(3) == 0 {
		c.Better = ""
	}
	c.Praise = c.Outcome == journal.OutcomeResolved && g.r.IntN(6) == 0
	return c
}

func (g *generator) idea(d journal.Date) journal.Idea {
	g.ideaID++
	zh := g.r.IntN(10) < 7
	i := journal.Idea{
		ID:        g.ideaID,
		ShiftDate: d,
		Kind:      journal.IdeaKinds[g.r.IntN(len(journal.IdeaKinds))],
		Text:      g.pickLang(zh, ideasZh, ideasEn),
		Status:    journal.IdeaStatuses[weighted(g.r, 30, 30, 25, 15)],
		UpdatedAt: at(d, 19, g.r.IntN(60)),
	}
	if i.Status == journal.IdeaAdopted {
		i.Impact = g.pickLang(zh, impactZh, impactEn)
	}
	return i
}

func (g *generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *generator) pickLang(zh bool, zhList, enList []string) string {
	if zh {
		return g.pick(zhList)
	}
	return g.pick(enList)
}

// weighted picks an index with the given relative weights.
func weighted(r *rand.Rand, weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

func at(d journal.Date, hour, min int) time.Time {
	y, m, day := d.Parts()
	return time.Date(y, m, day, hour, min, 0, 0, zone)
}

func clamp(v, lo, hi int) int { return max(lo, min(hi, v)) }

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
