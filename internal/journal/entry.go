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

// RotationOff is a rest day in a rotation (schedule.rotation), beside the
// shift kinds.
const RotationOff = "off"

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
//
// The cbor tags are the journal file's record layout (docs/FORMAT.md): a
// number is never reused, and a new field takes the next free one. Vent is
// stored in a record of its own; Rev is the store's revision counter, +1 on
// every save, which tells a writer that someone else saved in between.
type Entry struct {
	ShiftDate Date     `json:"shift_date" cbor:"1,keyasint,omitempty"`
	Shift     string   `json:"shift" cbor:"2,keyasint,omitempty"`
	StartedAt string   `json:"started_at,omitempty" cbor:"3,keyasint,omitempty"`
	EndedAt   string   `json:"ended_at,omitempty" cbor:"4,keyasint,omitempty"`
	Contacts  *int     `json:"contacts,omitempty" cbor:"5,keyasint,omitempty"`
	CSAT      *float64 `json:"csat,omitempty" cbor:"6,keyasint,omitempty"`
	Mood      int      `json:"mood" cbor:"7,keyasint,omitempty"`
	Energy    int      `json:"energy,omitempty" cbor:"8,keyasint,omitempty"`
	Stress    int      `json:"stress,omitempty" cbor:"9,keyasint,omitempty"`
	Helped    []string `json:"helped,omitempty" cbor:"10,keyasint,omitempty"`
	Cases     []Case   `json:"cases,omitempty" cbor:"11,keyasint,omitempty"`
	Vent      string   `json:"vent,omitempty" cbor:"-"`
	// VentSealed is the vent as the journal keeps it when sealing is on
	// (age ciphertext, never shown as text): read without the passphrase,
	// Vent is empty and VentSealed set. Saved back unchanged it keeps the
	// sealed vent; a Vent typed anew replaces it.
	VentSealed []byte    `json:"-" cbor:"-"`
	Tomorrow   string    `json:"tomorrow,omitempty" cbor:"12,keyasint,omitempty"`
	FocusDone  string    `json:"focus_done,omitempty" cbor:"13,keyasint,omitempty"`
	Tags       []string  `json:"tags,omitempty" cbor:"14,keyasint,omitempty"`
	CreatedAt  time.Time `json:"created_at" cbor:"15,keyasint,omitempty"`
	UpdatedAt  time.Time `json:"updated_at" cbor:"16,keyasint,omitempty"`
	Rev        uint64    `json:"-" cbor:"17,keyasint,omitempty"`
}

// Case is a typical case of the shift, told the way Gibbs' reflective cycle
// asks: the situation, the customer's real need, what I did, how it ended,
// and what I would do better.
type Case struct {
	Title    string `json:"title" cbor:"1,keyasint,omitempty"`
	Category string `json:"category,omitempty" cbor:"2,keyasint,omitempty"`
	Channel  string `json:"channel,omitempty" cbor:"3,keyasint,omitempty"`
	Need     string `json:"need,omitempty" cbor:"4,keyasint,omitempty"`
	Action   string `json:"action,omitempty" cbor:"5,keyasint,omitempty"`
	Outcome  string `json:"outcome,omitempty" cbor:"6,keyasint,omitempty"`
	Better   string `json:"better,omitempty" cbor:"7,keyasint,omitempty"`
	Praise   bool   `json:"praise,omitempty" cbor:"8,keyasint,omitempty"`
	// Pinned: the person chose this case for their review (debrief pin);
	// a review shows pinned cases first.
	Pinned bool `json:"pinned,omitempty" cbor:"9,keyasint,omitempty"`
}

// Day-off reasons.
var OffReasons = []string{"rest", "leave", "sick", "holiday", "other"}

// DayOff marks a date as not a working day: it never breaks a streak.
type DayOff struct {
	Date   Date   `json:"date" cbor:"1,keyasint,omitempty"`
	Reason string `json:"reason" cbor:"2,keyasint,omitempty"`
	Note   string `json:"note,omitempty" cbor:"3,keyasint,omitempty"`
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
// followed in a backlog that outlives the entry. Its ID is at most MaxIdeaID.
type Idea struct {
	ID        uint64    `json:"id" cbor:"1,keyasint,omitempty"`
	ShiftDate Date      `json:"shift_date" cbor:"2,keyasint,omitempty"`
	Kind      string    `json:"kind" cbor:"3,keyasint,omitempty"`
	Text      string    `json:"text" cbor:"4,keyasint,omitempty"`
	Status    string    `json:"status" cbor:"5,keyasint,omitempty"`
	Impact    string    `json:"impact,omitempty" cbor:"6,keyasint,omitempty"`
	UpdatedAt time.Time `json:"updated_at" cbor:"7,keyasint,omitempty"`
	// SharedWith says where the idea was shared ("周会", the team lead);
	// DeclinedWhy why it was declined. Both optional.
	SharedWith  string `json:"shared_with,omitempty" cbor:"8,keyasint,omitempty"`
	DeclinedWhy string `json:"declined_why,omitempty" cbor:"9,keyasint,omitempty"`
	// History is every change of Status, oldest first (the store adds one
	// whenever a put changes the status); empty for an idea never moved.
	History []IdeaChange `json:"history,omitempty" cbor:"10,keyasint,omitempty"`
}

// IdeaChange is one move of an idea: when, and the status it moved to.
type IdeaChange struct {
	At     time.Time `json:"at" cbor:"1,keyasint,omitempty"`
	Status string    `json:"status" cbor:"2,keyasint,omitempty"`
}

// MaxIdeaHistory is the most status changes one idea keeps; the oldest
// give way.
const MaxIdeaHistory = 200

// MaxIdeaID is the largest idea id: 2^53−1, the largest integer every JSON
// reader keeps exactly, so an id survives any tool a backup passes through.
const MaxIdeaID = 1<<53 - 1

// WeeklyReview holds the three answers of a week's reflection.
type WeeklyReview struct {
	Week      Week      `json:"week" cbor:"1,keyasint,omitempty"`
	WentWell  string    `json:"went_well,omitempty" cbor:"2,keyasint,omitempty"`
	ToChange  string    `json:"to_change,omitempty" cbor:"3,keyasint,omitempty"`
	Focus     string    `json:"focus,omitempty" cbor:"4,keyasint,omitempty"`
	UpdatedAt time.Time `json:"updated_at,omitzero" cbor:"5,keyasint,omitempty"`
}

// Jot is a quick note taken during a shift, a starter for a typical case.
// `debrief jot` only ever adds one; ID is its number in the journal (the
// store's key, 0 until stored).
type Jot struct {
	ID   uint64    `json:"-" cbor:"-"`
	At   time.Time `json:"at" cbor:"1,keyasint,omitempty"`
	Text string    `json:"text" cbor:"2,keyasint,omitempty"`
}

// Vent is the private "let it out" text of a shift as the journal keeps it:
// in the clear (Text), or sealed (Sealed: age ciphertext, issue #13).
type Vent struct {
	Text   string `json:"text,omitempty" cbor:"1,keyasint,omitempty"`
	Sealed []byte `json:"sealed,omitempty" cbor:"2,keyasint,omitempty"`
}

// Draft is an unfinished debrief: the entry as typed so far, the ideas not yet
// in the backlog, the jots of the shift and the step the person was on.
//
// Jots are read fresh from the journal with the draft and are never written
// with it: `debrief jot` may add one while the app has the draft open.
// UsedJots are, for each case in order, the id of the jot it was started
// from (0: none): the jots the save removes, and the ones removing a case
// gives back. Entry.Rev is the revision of the saved entry the draft is
// based on (0: none); Rev is the store's revision counter, as for Entry.
type Draft struct {
	Entry     Entry     `json:"entry" cbor:"1,keyasint,omitempty"`
	Ideas     []Idea    `json:"ideas,omitempty" cbor:"2,keyasint,omitempty"`
	Jots      []Jot     `json:"jots,omitempty" cbor:"-"`
	Step      int       `json:"step" cbor:"3,keyasint,omitempty"`
	Editing   bool      `json:"editing,omitempty" cbor:"4,keyasint,omitempty"`
	UpdatedAt time.Time `json:"updated_at" cbor:"5,keyasint,omitempty"`
	UsedJots  []uint64  `json:"used_jots,omitempty" cbor:"6,keyasint,omitempty"`
	Rev       uint64    `json:"-" cbor:"7,keyasint,omitempty"`
	// OpenCase is the case that was open in its form when the draft was
	// written (1 for the first of Entry.Cases; 0: none), so a resumed
	// debrief lands inside the half-typed case.
	OpenCase int `json:"open_case,omitempty" cbor:"8,keyasint,omitempty"`
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
