package journal

import "time"

// Shift kinds.
const (
	ShiftDay     = "day"
	ShiftEvening = "evening"
	ShiftNight   = "night"
	ShiftOther   = "other"
)

// ShiftKinds lists the kinds of shift in display order.
var ShiftKinds = []string{ShiftDay, ShiftEvening, ShiftNight, ShiftOther}

// Channels a customer reached us through.
var Channels = []string{"phone", "chat", "email", "social", "other"}

// Outcomes of a case.
const (
	OutcomeResolved   = "resolved"
	OutcomeEscalated  = "escalated"
	OutcomePending    = "pending"
	OutcomeUnresolved = "unresolved"
)

// Outcomes lists the outcomes of a case in display order.
var Outcomes = []string{OutcomeResolved, OutcomeEscalated, OutcomePending, OutcomeUnresolved}

// FocusAnswers says whether last shift's "tomorrow" happened.
var FocusAnswers = []string{"yes", "partly", "no"}

// MaxHelped is how many "things I helped with" an entry holds.
const MaxHelped = 3

// Entry is one shift's debrief, keyed by ShiftDate: the civil date the shift
// started. Vent is private: it never leaves the journal except in the
// user's own backup or an export "for me".
type Entry struct {
	ShiftDate Date      `json:"shift_date"`
	Shift     string    `json:"shift"`
	StartedAt string    `json:"started_at,omitempty"`
	EndedAt   string    `json:"ended_at,omitempty"`
	Contacts  *int      `json:"contacts,omitempty"`
	CSAT      *float64  `json:"csat,omitempty"`
	Mood      int       `json:"mood"`
	Energy    int       `json:"energy,omitempty"`
	Stress    int       `json:"stress,omitempty"`
	Helped    []string  `json:"helped,omitempty"`
	Cases     []Case    `json:"cases,omitempty"`
	Vent      string    `json:"vent,omitempty"`
	Tomorrow  string    `json:"tomorrow,omitempty"`
	FocusDone string    `json:"focus_done,omitempty"`
	Tags      []string  `json:"tags,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Case is a typical case of the shift, told the way Gibbs' reflective cycle
// asks: the situation, the customer's real need, what I did, how it ended,
// and what I would do better.
type Case struct {
	Title    string `json:"title"`
	Category string `json:"category,omitempty"`
	Channel  string `json:"channel,omitempty"`
	Need     string `json:"need,omitempty"`
	Action   string `json:"action,omitempty"`
	Outcome  string `json:"outcome,omitempty"`
	Better   string `json:"better,omitempty"`
	Praise   bool   `json:"praise,omitempty"`
}

// Day-off reasons.
var OffReasons = []string{"rest", "leave", "sick", "holiday", "other"}

// DayOff marks a date as not a working day: it never breaks a streak.
type DayOff struct {
	Date   Date   `json:"date"`
	Reason string `json:"reason"`
	Note   string `json:"note,omitempty"`
}

// Idea kinds and statuses.
var (
	IdeaKinds    = []string{"product", "process", "knowledge", "tooling", "other"}
	IdeaStatuses = []string{IdeaNew, IdeaShared, IdeaAdopted, IdeaDeclined}
)

// Idea statuses.
const (
	IdeaNew      = "new"
	IdeaShared   = "shared"
	IdeaAdopted  = "adopted"
	IdeaDeclined = "declined"
)

// Idea is an improvement to the product or the process, raised on a shift and
// followed in a backlog that outlives the entry.
type Idea struct {
	ID        uint64    `json:"id"`
	ShiftDate Date      `json:"shift_date"`
	Kind      string    `json:"kind"`
	Text      string    `json:"text"`
	Status    string    `json:"status"`
	Impact    string    `json:"impact,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// WeeklyReview holds the three answers of a week's reflection.
type WeeklyReview struct {
	Week      Week      `json:"week"`
	WentWell  string    `json:"went_well,omitempty"`
	ToChange  string    `json:"to_change,omitempty"`
	Focus     string    `json:"focus,omitempty"`
	UpdatedAt time.Time `json:"updated_at,omitzero"`
}

// Jot is a quick note taken during a shift, a starter for a typical case.
type Jot struct {
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// Draft is an unfinished debrief: the entry as typed so far, the ideas not yet
// in the backlog, the jots of the shift and the step the person was on.
type Draft struct {
	Entry     Entry     `json:"entry"`
	Ideas     []Idea    `json:"ideas,omitempty"`
	Jots      []Jot     `json:"jots,omitempty"`
	Step      int       `json:"step"`
	Editing   bool      `json:"editing,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Has reports whether an optional 1–5 scale value was given.
func Has(scale int) bool { return scale >= 1 && scale <= 5 }

// Praised counts the cases where a complaint turned into praise.
func (e *Entry) Praised() int {
	n := 0
	for _, c := range e.Cases {
		if c.Praise {
			n++
		}
	}
	return n
}
