// Package archive is the JSON archive of a whole journal: the format of
// `debrief backup` and `debrief import`. Decoding is strict and streaming:
// the file is read record by record in bounded memory, every record is
// checked, and a bad one is named by its section, index, key and field.
// Encoding writes the journal in one pass, indented and with every string
// escaped so the file is harmless on a terminal.
package archive

import (
	"io"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
)

// Format and Version identify the archive. Version 2 added each entry's
// unused jots, and for a sealed journal its key ("sealing") and each
// entry's "sealed_vent"; version 1 archives still import.
const (
	Format  = "debrief-archive"
	Version = 2
)

// Archive is a whole journal in memory, private fields included: what
// tests and the generator build. Backup and import stream instead.
type Archive struct {
	Format        string
	Version       int
	ExportedAt    time.Time
	Entries       []journal.Entry
	Jots          map[journal.Date][]journal.Jot // the unused jots of each entry's shift
	DaysOff       []journal.DayOff
	Ideas         []journal.Idea
	WeeklyReviews []journal.WeeklyReview
	// Sealing is the journal's key when its vents are sealed (nil when
	// not): entries then carry Entry.VentSealed, copied verbatim.
	Sealing *Sealing
}

// Sealing is a sealed journal's key as an archive carries it: the public
// key, and the key wrapped with the passphrase (armored in the file), so an
// import into a new journal brings sealing and its passphrase along.
type Sealing struct {
	Recipient string
	Wrapped   []byte
}

// Decode reads and fully checks an archive into memory. On any error
// there is no archive.
func Decode(r io.Reader) (*Archive, error) {
	a := &Archive{Format: Format}
	h, err := Read(r, 0, (*collect)(a))
	if err != nil {
		return nil, err
	}
	a.Version, a.ExportedAt, a.Sealing = h.Version, h.ExportedAt, h.Sealing
	return a, nil
}

// collect is the Sink that keeps every record.
type collect Archive

func (a *collect) Entry(_ int, e *journal.Entry, jots []journal.Jot) error {
	a.Entries = append(a.Entries, *e)
	if len(jots) > 0 {
		if a.Jots == nil {
			a.Jots = map[journal.Date][]journal.Jot{}
		}
		a.Jots[e.ShiftDate] = jots
	}
	return nil
}

func (a *collect) DayOff(_ int, d *journal.DayOff) error {
	a.DaysOff = append(a.DaysOff, *d)
	return nil
}

func (a *collect) Idea(_ int, i *journal.Idea) error {
	a.Ideas = append(a.Ideas, *i)
	return nil
}

func (a *collect) Review(_ int, w *journal.WeeklyReview) error {
	a.WeeklyReviews = append(a.WeeklyReviews, *w)
	return nil
}
