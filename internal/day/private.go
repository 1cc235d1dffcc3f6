package day

import (
	"errors"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/debrief-app/debrief/internal/store"
)

// Sealing the vent (docs/PRIVACY.md): `debrief private enable|disable|
// passphrase|status`, and unlocking to read. Writing never needs the
// passphrase (the store seals every vent to the journal's public key);
// reading a sealed vent needs the key, unwrapped with the passphrase once
// per command or per run of the app.

// Errors the entry points word for the person.
var (
	ErrAlreadySealed = errors.New("sealing is already on")
	ErrNotSealed     = errors.New("sealing is off")
	// ErrWrongPassphrase: the passphrase does not open the journal's key.
	ErrWrongPassphrase = seal.ErrWrongPassphrase
)

// Privacy is what `debrief private status` says.
type Privacy struct {
	Sealed    bool
	Recipient string // the public key, when sealed
	Hybrid    bool   // the key is of the post-quantum hybrid kind
	// Vents counts the vents of entries, Sealed how many of them are sealed;
	// Drafts the drafts holding a vent.
	Vents, SealedVents, Drafts int
}

// Privacy reads the journal's sealing state.
func (j *Journal) Privacy() (Privacy, error) {
	var p Privacy
	err := j.read(func(tx *store.Tx) error {
		s, ok, err := tx.Sealing()
		if err != nil {
			return err
		}
		p.Sealed, p.Recipient = ok, s.Recipient
		p.Hybrid = ok && len(s.Recipient) > 7 && s.Recipient[:7] == "age1pq1"
		for e, err := range tx.Entries(0, 0) {
			if err != nil {
				return err
			}
			if e.Vent != "" || len(e.VentSealed) > 0 {
				p.Vents++
			}
			if len(e.VentSealed) > 0 {
				p.SealedVents++
			}
		}
		drafts, err := tx.Drafts()
		for _, d := range drafts {
			if d.Entry.Vent != "" || len(d.Entry.VentSealed) > 0 {
				p.Drafts++
			}
		}
		return err
	})
	return p, err
}

// Enabled is what turning sealing on did.
type Enabled struct {
	Vents     int                    // vents sealed (entries' and drafts')
	Snapshots []store.SnapshotChange // backups rewritten or deleted
	// Recovery is the key wrapped with the passphrase, armored: a file the
	// stock age tool opens the vents with (`age -d -i FILE`).
	Recovery string
}

// EnablePrivacy turns sealing on: a new key, wrapped with pass, and every
// vent sealed in one transaction; the journal and every backup beside it
// are then rewritten without a plain vent (store.Tx.EnableSealing).
func (j *Journal) EnablePrivacy(pass []byte) (Enabled, error) {
	var out Enabled
	if p, err := j.sealing(); err != nil {
		return out, err
	} else if p != nil {
		return out, ErrAlreadySealed
	}
	k, err := seal.Generate()
	if err != nil {
		return out, err
	}
	wrapped, err := k.Wrap(pass)
	if err != nil {
		return out, err
	}
	s := store.Sealing{Recipient: k.Recipient(), Wrapped: wrapped}
	snaps, err := j.writeReport(func(tx *store.Tx) error {
		var err error
		out.Vents, err = tx.EnableSealing(s)
		return err
	})
	if err != nil {
		return out, err
	}
	out.Snapshots, out.Recovery = snaps, seal.Armor(wrapped)
	return out, nil
}

// DisablePrivacy opens every sealed vent with the passphrase and stores it
// as text again, removing the key; it returns how many vents were opened.
func (j *Journal) DisablePrivacy(pass []byte) (int, []store.SnapshotChange, error) {
	k, err := j.Unlock(pass)
	if err != nil {
		return 0, nil, err
	}
	var n int
	snaps, err := j.writeReport(func(tx *store.Tx) error {
		var err error
		n, err = tx.DisableSealing(k)
		return err
	})
	return n, snaps, err
}

// ChangePassphrase wraps the key anew with next; the vents stay as they
// are. The old wrap is gone from the journal and its backups once this
// returns (JSON archives made before keep it: the old passphrase opens
// them).
func (j *Journal) ChangePassphrase(old, next []byte) ([]store.SnapshotChange, error) {
	k, err := j.Unlock(old)
	if err != nil {
		return nil, err
	}
	wrapped, err := k.Wrap(next)
	if err != nil {
		return nil, err
	}
	return j.writeReport(func(tx *store.Tx) error { return tx.Rewrap(wrapped) })
}

// Unlock unwraps the journal's key with the passphrase (scrypt: about a
// second, on purpose) and checks it against the stored public key.
func (j *Journal) Unlock(pass []byte) (*seal.Key, error) {
	s, err := j.sealing()
	if err != nil {
		return nil, err
	}
	if s == nil {
		return nil, ErrNotSealed
	}
	return seal.Unwrap(s.Wrapped, pass, s.Recipient)
}

// RecoveryCopy is the journal's key wrapped with the passphrase, armored
// (what Enabled.Recovery holds).
func (j *Journal) RecoveryCopy() (string, error) {
	s, err := j.sealing()
	if err != nil || s == nil {
		return "", errors.Join(err, ErrNotSealed)
	}
	return seal.Armor(s.Wrapped), nil
}

func (j *Journal) sealing() (*store.Sealing, error) {
	var out *store.Sealing
	err := j.read(func(tx *store.Tx) error {
		s, ok, err := tx.Sealing()
		if ok {
			out = &s
		}
		return err
	})
	return out, err
}

// writeReport is write, returning what the write did to the backups.
func (j *Journal) writeReport(fn func(*store.Tx) error) ([]store.SnapshotChange, error) {
	jr, err := store.Open(j.Path, j.Options)
	if err != nil {
		return nil, err
	}
	err = jr.Update(fn)
	if cerr := jr.Close(); err == nil {
		err = cerr
	}
	j.warn(jr.Warnings)
	return jr.Snapshots, err
}

// OpenVent puts the text of a sealed vent into e.Vent with k. An entry
// without a sealed vent is left as it is.
func OpenVent(k *seal.Key, e *journal.Entry) error {
	if len(e.VentSealed) == 0 || k == nil {
		return nil
	}
	text, err := k.Open(e.VentSealed)
	if err != nil {
		return err
	}
	e.Vent, e.VentSealed = string(text), nil
	return nil
}

// OpenVents opens every sealed vent of entries with k.
func OpenVents(k *seal.Key, entries []journal.Entry) error {
	for i := range entries {
		if err := OpenVent(k, &entries[i]); err != nil {
			return err
		}
	}
	return nil
}

// SealedCount is how many entries hold a vent that is still sealed.
func SealedCount(entries []journal.Entry) int {
	n := 0
	for i := range entries {
		if len(entries[i].VentSealed) > 0 {
			n++
		}
	}
	return n
}
