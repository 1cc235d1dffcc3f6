package team

import (
	"cmp"
	"slices"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
)

// Rollup is the team lead's document: only what the agents' exports held.
type Rollup struct {
	From      journal.Date `json:"from"`
	To        journal.Date `json:"to"`
	Wellbeing bool         `json:"wellbeing"`
	Agents    []Agent      `json:"agents"`
	Team      Totals       `json:"team"`
	// Ideas is the team's backlog, near-duplicates grouped: most people
	// first.
	Ideas []IdeaGroup `json:"ideas"`
	// Praise are the complaints turned into praise, newest first (at most
	// maxPraise; Team.Praise counts them all).
	Praise     []PraiseCase   `json:"praise"`
	Categories []report.Count `json:"top_categories"`
	// Lessons are the cases' "better next time", near-duplicates grouped,
	// the most shared first (at most maxLessons).
	Lessons []Lesson `json:"lessons"`
	Skipped []Skip   `json:"skipped"`
}

// Agent is one export's figures (its summary, as the agent's export says
// them). NameFromFile: the export had no name, the file's name stands in.
type Agent struct {
	Name         string       `json:"name"`
	Team         string       `json:"team,omitempty"`
	NameFromFile bool         `json:"name_from_file,omitempty"`
	File         string       `json:"file"`
	From         journal.Date `json:"from"`
	To           journal.Date `json:"to"`
	report.Summary
}

// Totals are the team's: sums, and CSAT averaged over every shift that
// recorded one (as each agent's average is).
type Totals struct {
	Agents      int      `json:"agents"`
	Shifts      int      `json:"shifts"`
	Contacts    int      `json:"contacts"`
	CSATAvg     *float64 `json:"csat_avg"`
	Cases       int      `json:"cases"`
	Resolved    int      `json:"resolved"`
	Praise      int      `json:"praise"`
	IdeasRaised int      `json:"ideas_raised"`
	Adopted     int      `json:"ideas_adopted"`
	IdeaGroups  int      `json:"idea_groups"`
}

// IdeaGroup is one idea of the team: the same idea from several agents is
// one group with their names and statuses.
type IdeaGroup struct {
	Text    string       `json:"text"`
	Kind    string       `json:"kind"`
	Status  string       `json:"status"` // the furthest any member reached
	Members []IdeaMember `json:"members"`
}

// IdeaMember is one agent's idea in a group.
type IdeaMember struct {
	Agent  string       `json:"agent"`
	Text   string       `json:"text"`
	Status string       `json:"status"`
	Raised journal.Date `json:"raised"`
	Impact string       `json:"impact,omitempty"`
}

// PraiseCase is a complaint an agent turned into praise.
type PraiseCase struct {
	Agent    string       `json:"agent"`
	Date     journal.Date `json:"date"`
	Title    string       `json:"title"`
	Category string       `json:"category,omitempty"`
}

// Lesson is a "better next time" shared by one or more agents.
type Lesson struct {
	Text   string   `json:"text"`
	Agents []string `json:"agents"`
	Count  int      `json:"count"`
}

const (
	maxPraise     = 12
	maxLessons    = 10
	maxCategories = 8
)

// Build merges the exports (and says which files were skipped).
func Build(exports []Export, skipped []Skip) *Rollup {
	r := &Rollup{Agents: []Agent{}, Ideas: []IdeaGroup{}, Praise: []PraiseCase{}, Categories: []report.Count{},
		Lessons: []Lesson{}, Skipped: skipped}
	if r.Skipped == nil {
		r.Skipped = []Skip{}
	}
	var csatSum float64
	var csatN int
	cats := map[string]int{}
	var ideaTexts []string
	var ideaOf []IdeaMember
	var kinds []string
	var lessonTexts, lessonAgents []string
	for i := range exports {
		e := &exports[i]
		name := Name(e)
		a := Agent{Name: name, Team: e.teamName(), NameFromFile: e.Author == nil || e.Author.Name == "", File: e.File,
			From: e.From, To: e.To, Summary: *e.Summary}
		if !e.Wellbeing {
			a.MoodAvg, a.EnergyAvg, a.StressAvg = nil, nil, nil
		}
		r.Wellbeing = r.Wellbeing || e.Wellbeing
		r.Agents = append(r.Agents, a)
		if r.From.IsZero() || e.From < r.From {
			r.From = e.From
		}
		r.To = max(r.To, e.To)
		s := e.Summary
		r.Team.Shifts += s.Shifts
		r.Team.Contacts += s.Contacts
		r.Team.Cases += s.Cases
		r.Team.Resolved += s.Resolved
		r.Team.Praise += s.Praise
		r.Team.IdeasRaised += s.IdeasRaised
		r.Team.Adopted += s.IdeasAdopted
		if len(e.Shifts) > 0 {
			for _, sh := range e.Shifts {
				if sh.CSAT != nil {
					csatSum += *sh.CSAT
					csatN++
				}
				for _, c := range sh.Cases {
					if c.Category != "" {
						cats[c.Category]++
					}
					if c.Praise {
						r.Praise = append(r.Praise, PraiseCase{Agent: name, Date: sh.Date, Title: c.Title, Category: c.Category})
					}
					if c.Better != "" {
						lessonTexts = append(lessonTexts, c.Better)
						lessonAgents = append(lessonAgents, name)
					}
				}
			}
		} else {
			// A summary-only export: its top categories and its CSAT
			// average weighted by its shifts are all there is.
			for _, c := range e.TopCats {
				cats[c.Name] += c.N
			}
			if s.CSATAvg != nil {
				csatSum += *s.CSATAvg * float64(s.Shifts)
				csatN += s.Shifts
			}
		}
		for _, x := range e.Ideas {
			ideaTexts = append(ideaTexts, x.Text)
			ideaOf = append(ideaOf, IdeaMember{Agent: name, Text: x.Text, Status: x.Status, Raised: x.ShiftDate, Impact: x.Impact})
			kinds = append(kinds, x.Kind)
		}
	}
	r.Team.Agents = len(r.Agents)
	if csatN > 0 {
		v := float64(int64(csatSum/float64(csatN)*100+0.5)) / 100
		r.Team.CSATAvg = &v
	}

	for _, g := range groupTexts(ideaTexts) {
		// The members in the order they were raised: the first one's words
		// and kind stand for the group.
		slices.SortStableFunc(g, func(a, b int) int { return cmp.Compare(ideaOf[a].Raised, ideaOf[b].Raised) })
		ig := IdeaGroup{Text: ideaTexts[g[0]], Kind: kinds[g[0]], Status: journal.IdeaDeclined}
		for _, i := range g {
			m := ideaOf[i]
			ig.Members = append(ig.Members, m)
			if statusRank(m.Status) < statusRank(ig.Status) {
				ig.Status = m.Status
			}
		}
		r.Ideas = append(r.Ideas, ig)
	}
	slices.SortStableFunc(r.Ideas, func(a, b IdeaGroup) int {
		return cmp.Or(agentsIn(b.Members)-agentsIn(a.Members), statusRank(a.Status)-statusRank(b.Status),
			cmp.Compare(a.Members[0].Raised, b.Members[0].Raised))
	})
	r.Team.IdeaGroups = len(r.Ideas)

	slices.SortStableFunc(r.Praise, func(a, b PraiseCase) int { return cmp.Compare(b.Date, a.Date) })
	r.Praise = r.Praise[:min(len(r.Praise), maxPraise)]

	for name, n := range cats {
		r.Categories = append(r.Categories, report.Count{Name: name, N: n})
	}
	slices.SortFunc(r.Categories, func(a, b report.Count) int { return cmp.Or(b.N-a.N, cmp.Compare(a.Name, b.Name)) })
	r.Categories = r.Categories[:min(len(r.Categories), maxCategories)]

	for _, g := range groupTexts(lessonTexts) {
		l := Lesson{Text: lessonTexts[g[0]], Count: len(g)}
		for _, i := range g {
			if !slices.Contains(l.Agents, lessonAgents[i]) {
				l.Agents = append(l.Agents, lessonAgents[i])
			}
		}
		r.Lessons = append(r.Lessons, l)
	}
	slices.SortStableFunc(r.Lessons, func(a, b Lesson) int { return cmp.Or(len(b.Agents)-len(a.Agents), b.Count-a.Count) })
	r.Lessons = r.Lessons[:min(len(r.Lessons), maxLessons)]
	return r
}

func agentsIn(ms []IdeaMember) int {
	var seen []string
	for _, m := range ms {
		if !slices.Contains(seen, m.Agent) {
			seen = append(seen, m.Agent)
		}
	}
	return len(seen)
}

// statusRank: how far an idea got, adopted first.
func statusRank(s string) int {
	switch s {
	case journal.IdeaAdopted:
		return 0
	case journal.IdeaShared:
		return 1
	case journal.IdeaNew:
		return 2
	}
	return 3
}
