package store

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
)

// Sealing (docs/PRIVACY.md): when the journal has a key, every vent is
// written sealed to the key's public half (meta "recipient"), so writing
// never needs the passphrase; the key itself is in meta "identity",
// wrapped with the passphrase. Both are enveloped CBOR records. Vents are
// sealed here, in the one function every vent goes through on its way to
// the file (ventRecord), whoever writes it: the flow, an import, an
// upgrade.

var (
	keyRecipient = []byte("recipient")
	keyIdentity  = []byte("identity")
)

// Sealing is the journal's key as stored: its public half, and the key
// wrapped with the passphrase (seal.Key.Wrap).
type Sealing struct {
	Recipient string
	Wrapped   []byte
}

// ErrSealedWithoutKey: a sealed vent was to be saved in a journal that has
// no key (sealing was turned off since it was read).
var ErrSealedWithoutKey = errors.New("a sealed vent can't be saved: this journal has no key any more (sealing was turned off); open it again")

// Sealing returns the journal's key as stored; ok is false when sealing is
// off.
func (t *Tx) Sealing() (s Sealing, ok bool, err error) {
	if t.legacy {
		return s, false, nil
	}
	rec, hasRec, err := getCBOR[string](t, bucketMeta, keyRecipient)
	if err != nil {
		return s, false, err
	}
	wrapped, hasID, err := getCBOR[[]byte](t, bucketMeta, keyIdentity)
	if err != nil {
		return s, false, err
	}
	if hasRec != hasID {
		return s, false, damaged(string(bucketMeta), keyIdentity, errors.New("the key and its public half are not both there"))
	}
	return Sealing{Recipient: rec, Wrapped: wrapped}, hasRec, nil
}

// Sealed reports whether the journal has a key (sealing is on).
func (t *Tx) Sealed() bool {
	b := t.tx.Bucket(bucketMeta)
	return !t.legacy && b != nil && b.Get(keyRecipient) != nil
}

// recipient is the parsed public half (nil when sealing is off), read once
// per transaction.
func (t *Tx) recipient() (*seal.Recipient, error) {
	if t.sealTo != nil || t.sealOff {
		return t.sealTo, nil
	}
	s, ok, err := t.Sealing()
	if err != nil {
		return nil, err
	}
	if !ok {
		t.sealOff = true
		return nil, nil
	}
	r, err := seal.ParseRecipient(s.Recipient)
	if err != nil {
		return nil, damaged(string(bucketMeta), keyRecipient, err)
	}
	t.sealTo = r
	return r, nil
}

// putSealing writes the key's records; the vents are the caller's.
func (t *Tx) putSealing(s *Sealing) error {
	if _, err := seal.ParseRecipient(s.Recipient); err != nil {
		return err
	}
	if err := seal.CheckWrapped(s.Wrapped); err != nil {
		return err
	}
	if err := putCBOR(t, bucketMeta, keyRecipient, s.Recipient); err != nil {
		return err
	}
	if err := putCBOR(t, bucketMeta, keyIdentity, s.Wrapped); err != nil {
		return err
	}
	t.sealTo, t.sealOff = nil, false
	return nil
}

// ventRecord is what is stored for a vent: nil when there is none; sealed
// to the journal's key when it has one; the text otherwise. A vent read
// sealed and saved back unchanged (text "", sealed set) stays as it was.
func (t *Tx) ventRecord(text string, sealed []byte) (*journal.Vent, error) {
	if text == "" && len(sealed) == 0 {
		return nil, nil
	}
	r, err := t.recipient()
	if err != nil {
		return nil, err
	}
	switch {
	case text != "" && r == nil:
		return &journal.Vent{Text: text}, nil
	case text != "":
		ct, err := r.Seal([]byte(text))
		if err != nil {
			return nil, fmt.Errorf("seal the vent: %w", err)
		}
		return &journal.Vent{Sealed: ct}, nil
	case r == nil:
		return nil, ErrSealedWithoutKey
	}
	return &journal.Vent{Sealed: bytes.Clone(sealed)}, nil
}

// ventInto puts a stored vent into an entry: its text, or its sealed form.
func ventInto(e *journal.Entry, v *journal.Vent) {
	if v == nil {
		return
	}
	e.Vent, e.VentSealed = v.Text, v.Sealed
}

// EnableSealing gives the journal a key and seals every vent it holds, of
// entries and of drafts, in this transaction: `debrief private enable`,
// and an import of a sealed archive into a journal without a key (which
// takes the archive's key, and so its passphrase). It returns how many vents
// were sealed. Once the transaction is committed the journal is rewritten
// from its live records and every snapshot beside it brought in line
// (removal.go), so no plain vent is left in any of them.
func (t *Tx) EnableSealing(s Sealing) (int, error) {
	if t.Sealed() {
		return 0, errors.New("sealing is already on")
	}
	if err := t.putSealing(&s); err != nil {
		return 0, err
	}
	n, err := t.rewriteVents(func(v *journal.Vent) (*journal.Vent, error) {
		if len(v.Sealed) > 0 {
			return nil, errors.New("a sealed vent in a journal without a key")
		}
		return t.ventRecord(v.Text, nil)
	})
	// Plain vents were replaced: the journal and its snapshots are
	// rewritten with the sealed ones and the key. A journal without a vent
	// (a new one taking an archive's key) has nothing to rewrite: its
	// snapshots hold no vent either, every removal having scrubbed them.
	if n > 0 {
		t.removed.meta = true
	}
	return n, err
}

// DisableSealing opens every sealed vent with k, stores it as text and
// removes the key, in this transaction. A vent k does not open stops it:
// nothing is changed.
func (t *Tx) DisableSealing(k *seal.Key) (int, error) {
	s, ok, err := t.Sealing()
	if err != nil || !ok {
		return 0, err
	}
	if s.Recipient != k.Recipient() {
		return 0, seal.ErrKeyMismatch
	}
	n, err := t.rewriteVents(func(v *journal.Vent) (*journal.Vent, error) {
		if len(v.Sealed) == 0 {
			return v, nil
		}
		text, err := k.Open(v.Sealed)
		if err != nil {
			return nil, err
		}
		return &journal.Vent{Text: string(text)}, nil
	})
	if err != nil {
		return 0, err
	}
	mb := t.tx.Bucket(bucketMeta)
	if err := mb.Delete(keyRecipient); err != nil {
		return 0, err
	}
	if err := mb.Delete(keyIdentity); err != nil {
		return 0, err
	}
	t.sealTo, t.sealOff = nil, true
	t.removed.meta = true
	return n, nil
}

// Rewrap stores the key wrapped anew (a new passphrase); its public half
// and every vent stay as they are. The old wrap, which the old passphrase
// opens, is gone from the file and the snapshots once the transaction is
// committed (removal.go).
func (t *Tx) Rewrap(wrapped []byte) error {
	s, ok, err := t.Sealing()
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("sealing is off")
	}
	s.Wrapped = wrapped
	if err := t.putSealing(&s); err != nil {
		return err
	}
	t.removed.meta = true // the old wrap, which the old passphrase opens
	return nil
}

// rewriteVents passes every vent of the journal (entries' and drafts')
// through fn and stores what it returns, counting the vents changed.
func (t *Tx) rewriteVents(fn func(*journal.Vent) (*journal.Vent, error)) (int, error) {
	n := 0
	vb, err := t.bucket(bucketVents)
	if err != nil {
		return 0, err
	}
	type pair struct {
		k []byte
		v journal.Vent
	}
	var vents []pair
	err = vb.ForEach(func(k, data []byte) error {
		v, err := decodeValue[journal.Vent](t, bucketVents, k, data)
		vents = append(vents, pair{bytes.Clone(k), v})
		return err
	})
	if err != nil {
		return 0, err
	}
	for _, p := range vents {
		nv, err := fn(&p.v)
		if err != nil {
			return 0, fmt.Errorf("vent %s: %w", p.k, err)
		}
		if nv != &p.v {
			n++
		}
		if err := putCBOR(t, bucketVents, p.k, nv); err != nil {
			return 0, err
		}
		t.removed.add(p.k)
	}
	recs, err := listRecords[draftRecord](t, bucketDrafts)
	if err != nil {
		return 0, err
	}
	for _, rec := range recs {
		if rec.Draft == nil || rec.Vent == nil {
			continue
		}
		nv, err := fn(rec.Vent)
		if err != nil {
			return 0, fmt.Errorf("draft %s: %w", rec.Draft.Entry.ShiftDate, err)
		}
		if nv != rec.Vent {
			n++
		}
		// The draft's revision moves on: an app that read it before is told
		// (ErrConflict) instead of writing its stale vent back.
		rec.Vent = nv
		rec.Draft.Rev++
		key := dateKey(rec.Draft.Entry.ShiftDate)
		if err := putCBOR(t, bucketDrafts, key, &rec); err != nil {
			return 0, err
		}
		t.removed.add(key)
	}
	return n, nil
}
