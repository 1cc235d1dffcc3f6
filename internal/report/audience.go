package report

import (
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
)

// Audience is who an export is for. It is the one place that decides what
// is private: every export format is written from the View an audience is
// given (Visible), never from the journal's entries themselves, so a
// writer cannot leak what the view does not hold.
type Audience string

// The audiences.
const (
	// Manager reads notes on the work: per shift the workload, the typical
	// cases and their lessons, the three things helped; the ideas. Never the
	// vent, the plans for tomorrow, the tags, the shift's jots or the weekly
	// reflections; mood, energy and stress only when the person asks
	// (--include-wellbeing).
	Manager Audience = "manager"
	// Review is the quantified story for a performance review or a CV: the
	// totals, the adopted ideas and the strongest cases. Same privacy as
	// Manager.
	Review Audience = "review"
	// Me is the person themself: everything, the vent included. Only ever
	// chosen by name.
	Me Audience = "me"
	// Team is a team's backlog meeting: the ideas only — every idea still
	// open, and those adopted or declined in the range — with where each
	// was shared and why one was declined. No shift, no figure of the
	// person's work.
	Team Audience = "team"
)

// Audiences lists the audiences in the order help shows them.
var Audiences = []Audience{Manager, Review, Me, Team}

// ParseAudience reads an audience name.
func ParseAudience(s string) (Audience, error) {
	for _, a := range Audiences {
		if string(a) == s {
			return a, nil
		}
	}
	return "", fmt.Errorf("%q is not an audience (manager, review, me, team)", s)
}

// Private says whether the audience may see the private parts of the
// journal: the vent, tomorrow's plan and whether it happened, the tags,
// the jots no case was made from and the weekly reflections.
func (a Audience) Private() bool { return a == Me }

// Wellbeing says whether the audience sees mood, energy and stress: the
// person always; anyone else only when the person included them.
func (a Audience) Wellbeing(included bool) bool { return a == Me || included }

// Shift is one shift as an audience may see it. Private is nil and the
// scales are nil unless the audience may see them.
type Shift struct {
	Date     journal.Date   `json:"date"`
	Kind     string         `json:"shift"`
	Started  string         `json:"started_at,omitempty"`
	Ended    string         `json:"ended_at,omitempty"`
	Contacts *int           `json:"contacts"`
	CSAT     *float64       `json:"csat"`
	Mood     *int           `json:"mood,omitempty"`
	Energy   *int           `json:"energy,omitempty"`
	Stress   *int           `json:"stress,omitempty"`
	Helped   []string       `json:"helped"`
	Cases    []journal.Case `json:"cases"`
	Private  *Private       `json:"private,omitempty"`
}

// Private holds what only the person sees. Jots are the shift's raw notes
// that no case was made from: they stay with the shift, for the person.
type Private struct {
	Vent      string        `json:"vent,omitempty"`
	Tomorrow  string        `json:"tomorrow,omitempty"`
	FocusDone string        `json:"focus_done,omitempty"`
	Tags      []string      `json:"tags,omitempty"`
	Jots      []journal.Jot `json:"jots,omitempty"`
}

// Visible turns an entry into what audience a may see of it. It copies
// field by field on purpose: a field added to journal.Entry stays out of
// every export until someone decides here who may see it.
// jots are the shift's jots no case was made from.
func (a Audience) Visible(e *journal.Entry, jots []journal.Jot, includeWellbeing bool) Shift {
	s := Shift{
		Date: e.ShiftDate, Kind: e.Shift, Started: e.StartedAt, Ended: e.EndedAt,
		Contacts: e.Contacts, CSAT: e.CSAT, Helped: e.Helped, Cases: e.Cases,
	}
	if s.Helped == nil {
		s.Helped = []string{}
	}
	if s.Cases == nil {
		s.Cases = []journal.Case{}
	}
	if a.Wellbeing(includeWellbeing) {
		s.Mood = scale(e.Mood)
		s.Energy = scale(e.Energy)
		s.Stress = scale(e.Stress)
	}
	if a.Private() {
		p := Private{Vent: e.Vent, Tomorrow: e.Tomorrow, FocusDone: e.FocusDone, Tags: e.Tags, Jots: jots}
		if p.Vent != "" || p.Tomorrow != "" || p.FocusDone != "" || len(p.Tags) > 0 || len(p.Jots) > 0 {
			s.Private = &p
		}
	}
	return s
}

func scale(v int) *int {
	if !journal.Has(v) {
		return nil
	}
	return &v
}
