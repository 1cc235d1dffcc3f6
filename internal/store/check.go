package store

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	bolt "go.etcd.io/bbolt"
)

// The integrity checks. Both first walk the pages from the file's bytes
// (pages.go), then run bbolt's own check, then look at every bucket and
// every key: a bucket or a nested bucket debrief doesn't write is a
// problem, and so is every value whose envelope (length, version, CRC)
// fails. Each problem is a *RecordError naming bucket and key.
//
//   - Check (`debrief check`, restore, CheckFile) also decodes and
//     validates each record, checks that it is stored under its own date,
//     week or id, that idea and jot ids are within their bucket's
//     sequence, that each entry's metrics record is exactly the one its
//     entry gives, and that vents, drafts and jots sit on real dates.
//   - quickCheck decodes nothing: the CRCs, and entries ↔ metrics by key.
//     A snapshot (the daily backup, the copy before an upgrade) checks the
//     journal's structure, then runs it on the copy, whose records are the
//     journal's bytes (snapshot.go).

// Kind says what is wrong with a record, for callers that explain it.
type Kind int

// The kinds of problem.
const (
	KindDamaged    Kind = iota // can't be read: envelope, checksum or decoding (Err wraps ErrDamaged)
	KindInvalid                // reads, but breaks a rule (Err is a *journal.FieldError)
	KindMisplaced              // stored under a key that is not its own
	KindMissing                // a record it goes with is missing
	KindUnexpected             // a bucket or key debrief doesn't write
)

func problem(bucket string, key []byte, kind Kind, err error) *RecordError {
	return &RecordError{Bucket: bucket, Key: keyName(bucket, key), Kind: kind, Err: err}
}

// CheckFile opens a journal file read-only and checks it fully; it returns
// the problems found (none means OK). It never writes.
func CheckFile(path string) (problems []error) {
	j, err := openChecked(path)
	if err != nil {
		return []error{err}
	}
	defer j.Close()
	return j.Check()
}

// openChecked opens a file for a check: refused before opening when it is
// not a regular file, read-only, identified.
func openChecked(path string) (*Journal, error) {
	if err := regularFile(path); err != nil {
		return nil, err
	}
	return openIdentified(path, Options{Timeout: DefaultTimeout}, true)
}

// Check verifies the whole journal: structure, every record, and how the
// records go together.
func (j *Journal) Check() []error { return j.check(true) }

// quickCheck verifies structure and checksums without decoding a record.
func (j *Journal) quickCheck() []error { return j.check(false) }

func (j *Journal) check(full bool) []error {
	if problems := j.structure(); len(problems) > 0 {
		return problems
	}
	problems, _ := j.checkRecords(full)
	return problems
}

// structure checks the pages: the fault-safe walk, then bbolt's own check.
// After it passes, cursors can walk the file without faulting or looping.
// (bbolt's check can't run beside another read of a file opened
// read-only: it loads the freelist that closing a transaction reads, a
// data race.)
func (j *Journal) structure() (problems []error) {
	if err := j.walkPages(); err != nil {
		return []error{err}
	}
	err := j.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems
}

// checkRecords looks at every bucket and key, and counts them.
func (j *Journal) checkRecords(full bool) (problems []error, shape map[string]bucketShape) {
	err := j.view(func(tx *bolt.Tx) error {
		c := &checker{tx: tx, full: full, shape: map[string]bucketShape{}}
		if j.schema < SchemaVersion {
			c.legacy(j.schema)
		} else {
			c.all()
		}
		problems, shape = c.problems, c.shape
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems, shape
}

type checker struct {
	tx       *bolt.Tx
	full     bool
	sealed   bool // the journal has a key: every vent must be sealed
	jobs     []recordJob
	shape    map[string]bucketShape // keys and sequence of each bucket (schema 3)
	problems []error
}

func (c *checker) add(bucket string, key []byte, kind Kind, err error) {
	c.problems = append(c.problems, problem(bucket, key, kind, err))
}

var knownBuckets = append([][]byte{bucketMeta}, allDataBuckets...)

var (
	errUnknownBucket = errors.New("a bucket debrief does not write")
	errNested        = errors.New("a nested bucket where a record belongs")
	errNoMetrics     = errors.New("the entry has no metrics record")
	errNoEntry       = errors.New("no entry of this date")
	errStaleMetrics  = errors.New("the metrics record does not match its entry")
	errWrongKey      = errors.New("the record belongs under another key")
	errBadKey        = errors.New("the key is not a record's key")
	errAboveSequence = errors.New("the id is above the bucket's sequence")
)

// all checks a schema-3 file.
func (c *checker) all() {
	if mb := c.tx.Bucket(bucketMeta); mb != nil {
		c.sealed = mb.Get(keyRecipient) != nil
	}
	if c.full {
		// One job a record: room for all of them at once (growing the
		// list as it went copied it a dozen times).
		n := 0
		_ = c.tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			n += b.Stats().KeyN
			return nil
		})
		c.jobs = make([]recordJob, 0, n)
	}
	err := c.tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		if !containsName(knownBuckets, name) {
			c.add(string(name), nil, KindUnexpected, errUnknownBucket)
			return nil
		}
		s := bucketShape{seq: b.Sequence()}
		err := b.ForEach(func(k, v []byte) error {
			s.keys++
			if v == nil {
				c.add(string(name), k, KindUnexpected, errNested)
				return nil
			}
			c.record(name, b, k, v)
			return nil
		})
		c.shape[string(name)] = s
		return err
	})
	if err != nil {
		c.problems = append(c.problems, err)
	}
	c.pairMetrics()
	c.decodeJobs()
	c.meta()
	// Entries ↔ metrics, by key, both ways.
	eb, mb := c.tx.Bucket(bucketEntries), c.tx.Bucket(bucketMetrics)
	if eb != nil && mb != nil {
		c.pairs(bucketEntries, bucketMetrics, errNoMetrics, errNoEntry)
	}
	if !c.full {
		return
	}
	// The vents bucket holds the vents of entries (a draft keeps its own).
	if vb := c.tx.Bucket(bucketVents); vb != nil && eb != nil {
		c.pairs(bucketEntries, bucketVents, nil, errNoEntry)
	}
}

// pairs walks two buckets keyed alike side by side and reports each key
// of a missing from b (onlyA, unless nil) and each key of b missing from a
// (onlyB). Both are sorted, so one pass over each does it.
func (c *checker) pairs(a, b []byte, onlyA, onlyB error) {
	ca, cb := c.tx.Bucket(a).Cursor(), c.tx.Bucket(b).Cursor()
	ka, _ := ca.First()
	kb, _ := cb.First()
	for ka != nil || kb != nil {
		switch cmp := compareKeys(ka, kb); {
		case cmp == 0:
			ka, _ = ca.Next()
			kb, _ = cb.Next()
		case cmp < 0:
			if onlyA != nil {
				c.add(string(a), ka, KindMissing, onlyA)
			}
			ka, _ = ca.Next()
		default:
			if onlyB != nil {
				c.add(string(b), kb, KindMissing, onlyB)
			}
			kb, _ = cb.Next()
		}
	}
}

// compareKeys orders keys, nil (a walk that ended) after every key.
func compareKeys(a, b []byte) int {
	switch {
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return bytes.Compare(a, b)
}

func containsName(list [][]byte, name []byte) bool {
	for _, n := range list {
		if bytes.Equal(n, name) {
			return true
		}
	}
	return false
}

// meta: the three raw values must be there; anything else is enveloped.
func (c *checker) meta() {
	mb := c.tx.Bucket(bucketMeta)
	if mb == nil {
		c.add(string(bucketMeta), nil, KindMissing, errors.New("no meta bucket"))
		return
	}
	if v := mb.Get(keyCreated); v != nil {
		if _, err := time.Parse(time.RFC3339, string(v)); err != nil {
			c.problems = append(c.problems, damaged(string(bucketMeta), keyCreated, err))
		}
	}
	if c.full {
		c.sealing(mb)
	}
}

// sealing checks the key records without the passphrase: both or neither,
// a recipient that parses, and a wrapped key that is one passphrase stanza
// within debrief's work factor. A damaged key loses every sealed vent, so
// check says so while good backups still hold it.
func (c *checker) sealing(mb *bolt.Bucket) {
	rv, iv := mb.Get(keyRecipient), mb.Get(keyIdentity)
	if rv == nil && iv == nil {
		return
	}
	if rv == nil || iv == nil {
		c.add(string(bucketMeta), keyIdentity, KindMissing, errors.New("the key and its public half are not both there"))
		return
	}
	var rec string
	if p, err := openRecord(string(bucketMeta), keyRecipient, rv, verCBOR); err != nil {
		c.problems = append(c.problems, err)
	} else if err := decodeCBOR(p, &rec); err != nil {
		c.problems = append(c.problems, damaged(string(bucketMeta), keyRecipient, err))
	} else if _, err := seal.ParseRecipient(rec); err != nil {
		c.problems = append(c.problems, damaged(string(bucketMeta), keyRecipient, err))
	}
	var wrapped []byte
	if p, err := openRecord(string(bucketMeta), keyIdentity, iv, verCBOR); err != nil {
		c.problems = append(c.problems, err)
	} else if err := decodeCBOR(p, &wrapped); err != nil {
		c.problems = append(c.problems, damaged(string(bucketMeta), keyIdentity, err))
	} else if err := seal.CheckWrapped(wrapped); err != nil {
		c.problems = append(c.problems, damaged(string(bucketMeta), keyIdentity, err))
	}
}

var (
	errVentBoth      = errors.New("the vent is both text and sealed")
	errSealedNoKey   = errors.New("a sealed vent, but the journal has no key")
	errPlainInSealed = errors.New("a vent in plain text, but the journal seals its vents")
	errSealedSize    = errors.New("the sealed vent is larger than any vent")
)

// checkVent checks a vent record against the journal's sealing.
func checkVent(v *journal.Vent, sealed bool) error {
	switch {
	case v.Text != "" && len(v.Sealed) > 0:
		return errVentBoth
	case len(v.Sealed) > seal.MaxSealed:
		return errSealedSize
	case len(v.Sealed) > 0 && !sealed:
		return errSealedNoKey
	case v.Text != "" && sealed:
		return errPlainInSealed
	}
	return v.Validate()
}

// record checks one pair of a known bucket.
func (c *checker) record(name []byte, b *bolt.Bucket, k, v []byte) {
	bucket := string(name)
	if bytes.Equal(name, bucketMeta) {
		if bytes.Equal(k, keyFormat) || bytes.Equal(k, keySchema) || bytes.Equal(k, keyCreated) {
			return
		}
		if _, err := openRecord(bucket, k, v, verCBOR); err != nil {
			c.problems = append(c.problems, err)
		}
		return
	}
	ver := byte(verCBOR)
	if bytes.Equal(name, bucketMetrics) {
		ver = verMetrics
	}
	payload, err := openRecord(bucket, k, v, ver)
	if err != nil {
		c.problems = append(c.problems, err)
		return
	}
	if !c.full {
		return
	}
	c.jobs = append(c.jobs, recordJob{name: name, seq: b.Sequence(), k: k, payload: payload, sealed: c.sealed})
}

// pairMetrics gives each entry's job the payload of its metrics record,
// when that record is whole (a damaged one is its own problem). Both
// buckets were walked in key order, so one pass over the jobs pairs them,
// with no lookup per entry.
func (c *checker) pairMetrics() {
	var entries, metrics []int
	for i := range c.jobs {
		switch {
		case bytes.Equal(c.jobs[i].name, bucketEntries):
			entries = append(entries, i)
		case bytes.Equal(c.jobs[i].name, bucketMetrics):
			metrics = append(metrics, i)
		}
	}
	for len(entries) > 0 && len(metrics) > 0 {
		e, m := &c.jobs[entries[0]], &c.jobs[metrics[0]]
		switch cmp := bytes.Compare(e.k, m.k); {
		case cmp == 0:
			e.metrics = m.payload
			entries, metrics = entries[1:], metrics[1:]
		case cmp < 0:
			entries = entries[1:]
		default:
			metrics = metrics[1:]
		}
	}
}

// recordJob is one record to decode and validate, with what it is
// compared with. Its slices point into the transaction's pages, which stay
// valid and unchanged until it ends.
type recordJob struct {
	name       []byte
	seq        uint64 // the bucket's sequence
	k, payload []byte
	metrics    []byte // the payload of an entry's metrics record
	sealed     bool   // the journal has a key
}

// checkEntriesFast: entries and vents are read by their fast paths where
// they apply.
// Tests turn it off to compare the check's answers with the general
// decoder's alone.
var checkEntriesFast = true

// checkWorker is what one goroutine of the check reuses from record to
// record.
type checkWorker struct {
	metrics metricsReader // category names shared
	buf     []byte        // an entry's metrics payload, made again
	entry   journal.Entry // the entry being checked
}

// decodeJobs decodes and validates the records on every CPU.
func (c *checker) decodeJobs() {
	errs := make([]error, len(c.jobs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(c.jobs)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			cw := checkWorker{metrics: metricsReader{names: make(map[string]string, 64)}}
			for i := w; i < len(c.jobs); i += workers {
				errs[i] = c.jobs[i].check(&cw)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			c.problems = append(c.problems, err)
		}
	}
}

// check decodes and validates one record and checks its key.
func (r *recordJob) check(w *checkWorker) error {
	name, k, payload := r.name, r.k, r.payload
	bucket := string(name)
	undecodable := func(err error) error { return damaged(bucket, k, err) }
	invalid := func(err error) error { return problem(bucket, k, KindInvalid, err) }
	misplaced := func(own string) error {
		return problem(bucket, k, KindMisplaced, fmt.Errorf("%w (%s)", errWrongKey, own))
	}
	switch {
	case bytes.Equal(name, bucketEntries):
		// What the fast path reads is what the general decoder gives
		// (TestEntryFastPathAgrees); anything else is the general
		// decoder's to read or refuse.
		e := &w.entry
		*e = journal.Entry{}
		if !checkEntriesFast || !decodeEntryFast(payload, e, nil) {
			*e = journal.Entry{}
			if err := decodeCBOR(payload, e); err != nil {
				return undecodable(err)
			}
		}
		if string(k) != e.ShiftDate.String() {
			return misplaced(e.ShiftDate.String())
		}
		if err := e.Validate(); err != nil {
			return invalid(err)
		}
		// The metrics record must be the one this entry gives; the vent
		// changes nothing in it. Both passed their envelope's CRC under
		// this key, so equal payloads are equal records.
		if r.metrics != nil {
			m := journal.MetricsOf(e)
			w.buf = appendMetrics(w.buf[:0], &m, journal.HeadlineOf(e))
			if !bytes.Equal(r.metrics, w.buf) {
				return problem(string(bucketMetrics), k, KindInvalid, errStaleMetrics)
			}
		}
	case bytes.Equal(name, bucketMetrics):
		if _, err := journal.ParseDate(string(k)); err != nil {
			return problem(bucket, k, KindUnexpected, errBadKey)
		}
		if _, _, err := w.metrics.decode(payload, false); err != nil {
			return undecodable(err)
		}
	case bytes.Equal(name, bucketVents):
		if _, err := journal.ParseDate(string(k)); err != nil {
			return problem(bucket, k, KindUnexpected, errBadKey)
		}
		var v journal.Vent
		if !checkEntriesFast || !decodeVentFast(payload, &v) {
			v = journal.Vent{}
			if err := decodeCBOR(payload, &v); err != nil {
				return undecodable(err)
			}
		}
		if err := checkVent(&v, r.sealed); err != nil {
			return invalid(err)
		}
	case bytes.Equal(name, bucketDrafts):
		var rec draftRecord
		if err := decodeCBOR(payload, &rec); err != nil {
			return undecodable(err)
		}
		if rec.Draft == nil {
			return undecodable(errors.New("no draft in the record"))
		}
		if _, err := journal.ParseDate(string(k)); err != nil || string(k) != rec.Draft.Entry.ShiftDate.String() {
			return misplaced(rec.Draft.Entry.ShiftDate.String())
		}
		if rec.Vent != nil {
			if err := checkVent(rec.Vent, r.sealed); err != nil {
				return invalid(err)
			}
		}
	case bytes.Equal(name, bucketJots):
		_, id, ok := splitJotKey(k)
		if !ok || id == 0 {
			return problem(bucket, k, KindUnexpected, errBadKey)
		}
		if id > r.seq {
			return problem(bucket, k, KindInvalid, errAboveSequence)
		}
		var j journal.Jot
		if err := decodeCBOR(payload, &j); err != nil {
			return undecodable(err)
		}
		if err := j.Validate(); err != nil {
			return invalid(err)
		}
	case bytes.Equal(name, bucketDaysOff):
		var o journal.DayOff
		if err := decodeCBOR(payload, &o); err != nil {
			return undecodable(err)
		}
		if string(k) != o.Date.String() {
			return misplaced(o.Date.String())
		}
		if err := o.Validate(); err != nil {
			return invalid(err)
		}
	case bytes.Equal(name, bucketIdeas):
		var i journal.Idea
		if err := decodeCBOR(payload, &i); err != nil {
			return undecodable(err)
		}
		if !bytes.Equal(k, idKey(i.ID)) {
			return misplaced(fmt.Sprintf("#%d", i.ID))
		}
		if i.ID == 0 {
			return problem(bucket, k, KindInvalid, &journal.FieldError{Field: "id", Rule: journal.RuleRequired})
		}
		if err := i.Validate(); err != nil {
			return invalid(err)
		}
		if i.ID > r.seq {
			return problem(bucket, k, KindInvalid, errAboveSequence)
		}
	case bytes.Equal(name, bucketReviews):
		var r journal.WeeklyReview
		if err := decodeCBOR(payload, &r); err != nil {
			return undecodable(err)
		}
		if string(k) != r.Week.String() {
			return misplaced(r.Week.String())
		}
		if err := r.Validate(); err != nil {
			return invalid(err)
		}
	}
	return nil
}

// legacy checks a file of schema 1 or 2 (a backup from before the
// upgrade): every value decodes as the JSON of its type, entries are
// valid and (schema 2) have their metrics record.
func (c *checker) legacy(schema int) {
	mb := c.tx.Bucket(bucketMetrics)
	decoders := map[string]func(k, v []byte) error{
		string(bucketEntries): func(k, v []byte) error {
			e, err := decodeLegacy[journal.Entry](bucketEntries, k, v)
			if err != nil {
				return err
			}
			if err := e.Validate(); err != nil {
				return problem(string(bucketEntries), k, KindInvalid, err)
			}
			return nil
		},
		string(bucketDrafts):  legacyDecodes[journal.Draft](bucketDrafts),
		string(bucketDaysOff): legacyDecodes[journal.DayOff](bucketDaysOff),
		string(bucketIdeas):   legacyDecodes[journal.Idea](bucketIdeas),
		string(bucketReviews): legacyDecodes[journal.WeeklyReview](bucketReviews),
	}
	for name, decode := range decoders {
		b := c.tx.Bucket([]byte(name))
		if b == nil {
			continue
		}
		_ = b.ForEach(func(k, v []byte) error {
			if name == string(bucketEntries) && schema >= 2 && (mb == nil || mb.Get(k) == nil) {
				c.add(name, k, KindMissing, errNoMetrics)
			}
			if !c.full {
				return nil
			}
			if err := decode(k, v); err != nil {
				c.problems = append(c.problems, err)
			}
			return nil
		})
	}
}

func legacyDecodes[T any](bucket []byte) func(k, v []byte) error {
	return func(k, v []byte) error {
		_, err := decodeLegacy[T](bucket, k, v)
		return err
	}
}
