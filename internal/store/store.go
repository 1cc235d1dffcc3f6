// Package store keeps the journal in one bbolt file: the bucket layout, the
// record envelope and codec, the schema version and its migrations, the
// compact per-shift metrics, drafts, jots, revisions, checked snapshots,
// compaction and the integrity check. It knows the journal's types and
// nothing above them. docs/FORMAT.md describes the file for people.
//
// Bucket layout (schema 3):
//
//	meta            "format"  → "debrief-journal" (raw)
//	                "schema"  → uint32 big-endian schema version (raw)
//	                "created" → RFC 3339 time the journal was created (raw)
//	entries         "YYYY-MM-DD" → journal.Entry without its vent
//	metrics         "YYYY-MM-DD" → metrics v2 with a headline (metrics.go),
//	                written in the same transaction as the entry
//	vents           "YYYY-MM-DD" → journal.Vent, when the entry has a vent
//	drafts          "YYYY-MM-DD" → draftRecord: the draft and its vent
//	jots            "YYYY-MM-DD" ‖ uint64 big-endian id → journal.Jot (only added)
//	days_off        "YYYY-MM-DD" → journal.DayOff
//	ideas           uint64 big-endian id → journal.Idea (ids 1 … 2^53−1)
//	weekly_reviews  "YYYY-Www" → journal.WeeklyReview
//
// Every value but the raw meta ones is ver ‖ payload ‖ CRC-32C (record.go),
// the payload CBOR (codec.go) or metrics v2, checked on every read. Entries
// and drafts carry a revision, +1 on every save, for conditional saves
// (ErrConflict). Schema 1 had no metrics; schema 2 stored JSON (legacy.go
// reads both; migrate.go upgrades them).
//
// The file is opened only for the length of one operation, with a lock
// timeout, so a person typing in the app never blocks a command in another
// terminal.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout this program writes.
const SchemaVersion = 3

const formatName = "debrief-journal"

var (
	bucketMeta     = []byte("meta")
	bucketEntries  = []byte("entries")
	bucketMetrics  = []byte("metrics")
	bucketDaysOff  = []byte("days_off")
	bucketIdeas    = []byte("ideas")
	bucketReviews  = []byte("weekly_reviews")
	bucketDrafts   = []byte("drafts")
	bucketVents    = []byte("vents")
	bucketJots     = []byte("jots")
	keyFormat      = []byte("format")
	keySchema      = []byte("schema")
	keyCreated     = []byte("created")
	allDataBuckets = [][]byte{bucketEntries, bucketMetrics, bucketVents, bucketDrafts, bucketJots, bucketDaysOff, bucketIdeas, bucketReviews}
)

// Errors callers branch on.
var (
	ErrLocked      = errors.New("the journal is in use by another debrief")
	ErrNotJournal  = errors.New("not a debrief journal")
	ErrDamaged     = errors.New("the journal is damaged")
	ErrNewerSchema = errors.New("the journal was written by a newer debrief")
	ErrNotFound    = errors.New("not found")
	ErrFull        = errors.New("no space left to save")
	ErrReadOnly    = errors.New("the journal is open read-only")
	// ErrConflict: a conditional save (PutEntryIfRev, PutDraftIfRev) found
	// the record changed by another process since it was read.
	ErrConflict = errors.New("saved by someone else in the meantime")
	// ErrReadOnlyFS and ErrNoPermission: the file system or the file's
	// mode keeps debrief from opening or saving; the journal is fine.
	ErrReadOnlyFS   = errors.New("the journal is on a read-only file system")
	ErrNoPermission = errors.New("no permission to open the journal")
	// ErrDanglingLink: the journal path is a symbolic link to nothing.
	ErrDanglingLink = errors.New("the journal path is a symbolic link to a file that does not exist")
)

// DefaultTimeout is how long Open waits for another process to let go.
const DefaultTimeout = time.Second

// Options tune Open. The zero value is right for normal use.
type Options struct {
	Timeout   time.Duration // lock wait; DefaultTimeout when 0
	MaxSize   int           // bbolt MaxSize: a write past it fails (tests "disk full")
	BackupDir string        // where snapshots go; BackupDir(path) when ""
	Now       func() time.Time
	// RecordClock is the clock of the records' own times (an entry's
	// created/updated, an idea's, a review's, a draft's): DEBRIEF_TODAY's
	// date in the CLI (config.Clock). Now when nil. Snapshots keep Now.
	RecordClock func() time.Time
	// DailyBackup makes a checked snapshot on the first open for writing
	// of each day (see rolling.go), keeping the newest Keep (DefaultKeep
	// when 0).
	DailyBackup bool
	Keep        int
	// InitialMmapSize is bbolt's first mapping of the file, in bytes: an
	// import sized from its archive then never remaps the file (each remap
	// copies every value the transaction has touched).
	InitialMmapSize int
}

func (o *Options) recordNow() time.Time {
	if o.RecordClock != nil {
		return o.RecordClock()
	}
	return o.now()
}

func (o *Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// Warning is something the person should know but that does not stop work:
// a file or directory with looser permissions than 0600/0700, or (Backup
// set) today's backup that could not be made.
type Warning struct {
	Path   string
	Mode   fs.FileMode
	Dir    bool
	Backup error
	// Compact: a save removed private text, but the journal could not be
	// rewritten without it (a full disk): the text stays in the file until
	// a later removal's rewrite succeeds.
	Compact error
	// SnapshotRemoved: the snapshot at Path held removed private text and
	// could not be rewritten without it, so it was deleted; this says why.
	SnapshotRemoved error
	// SnapshotKept: the snapshot at Path was in use by another debrief and
	// could not be checked or rewritten; it may still hold the removed text
	// until it is pruned.
	SnapshotKept error
}

// Journal is an open journal file.
type Journal struct {
	db       *bolt.DB
	path     string
	readOnly bool
	schema   int
	opt      Options
	// Warnings lists files or directories with looser permissions than
	// 0600/0700, and what went wrong after a save (see Warning).
	Warnings []Warning
	// Snapshots lists the snapshots beside the journal that the last
	// removal of private text rewrote or deleted (removal.go).
	Snapshots []SnapshotChange
}

// Path of the journal file.
func (j *Journal) Path() string { return j.path }

// Schema is the version of the file as found on open (after migration for
// a writable journal).
func (j *Journal) Schema() int { return j.schema }

// Close releases the file and its lock.
func (j *Journal) Close() error {
	if j == nil || j.db == nil {
		return nil
	}
	err := j.db.Close()
	j.db = nil
	return err
}

// Open opens the journal at path for reading and writing, creating it (and
// its directory, 0700) when missing. An existing file is first inspected
// read-only: a file that is not a debrief journal is never written to.
func Open(path string, opt Options) (*Journal, error) {
	return open(path, opt, false)
}

// OpenReadOnly opens the journal for reading only; several readers may
// share it. A missing journal is created first (empty), so a fresh install
// reads as an empty journal rather than an error.
func OpenReadOnly(path string, opt Options) (*Journal, error) {
	return open(path, opt, true)
}

func open(path string, opt Options, readOnly bool) (*Journal, error) {
	if opt.Timeout == 0 {
		opt.Timeout = DefaultTimeout
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := regularFile(path); errors.Is(err, ErrDanglingLink) {
			return nil, err
		}
		j, err := create(path, opt)
		if err != nil || !readOnly {
			return j, err
		}
		j.Close()
		return open(path, opt, true)
	}
	if err != nil {
		return nil, fileError(path, err)
	}
	if err := regularFile(path); err != nil {
		return nil, err
	}
	if fi.Size() == 0 {
		return nil, fmt.Errorf("%s: %w (the file is empty)", path, ErrNotJournal)
	}
	warnings := permissionWarnings(path, fi)

	// Inspect read-only first: bbolt may write while opening read-write
	// (a freelist rebuild), and a foreign or damaged file must stay intact.
	j, err := openBolt(path, opt, true)
	if err != nil {
		return nil, err
	}
	j.Warnings = warnings
	if err := j.identify(); err != nil {
		j.Close()
		return nil, err
	}
	if readOnly {
		return j, nil
	}
	if j.schema > SchemaVersion {
		j.Close()
		return nil, fmt.Errorf("%s: %w (schema %d; this debrief knows %d): install a newer debrief", path, ErrNewerSchema, j.schema, SchemaVersion)
	}
	j.Close()
	w, err := openBolt(path, opt, false)
	if err != nil {
		return nil, err
	}
	w.Warnings = warnings
	if err := w.identify(); err != nil {
		w.Close()
		return nil, err
	}
	if w.schema < SchemaVersion {
		if err := w.migrate(); err != nil {
			w.Close()
			return nil, err
		}
		// The upgrade rewrote every record: the old ones, vents included,
		// are on freed pages until the file is rewritten from its live
		// records. The upgraded journal is whole either way, so a
		// compaction that fails (a full disk) is left for later.
		if w.compact() == nil {
			w.Close()
			if w, err = openBolt(path, opt, false); err != nil {
				return nil, err
			}
			w.Warnings = warnings
			if err := w.identify(); err != nil {
				w.Close()
				return nil, err
			}
		}
	}
	if opt.DailyBackup {
		if err := w.dailyBackup(); errors.Is(err, ErrDamaged) {
			w.Close()
			return nil, err
		} else if err != nil {
			// A backup that can't be written (a full disk, a read-only
			// directory) must not cost the person today's entry.
			w.Warnings = append(w.Warnings, Warning{Path: opt.backupDir(path), Backup: err})
		}
	}
	return w, nil
}

// openBolt opens the file with a lock timeout, turning bbolt's errors and
// faults on damaged files into ours, and makes sure the lock it got is the
// journal's: bbolt locks the open file, not its name, so a process that
// waited for the lock while another renamed a new file over the path
// (restore, compaction) would hold the old, unlinked file and save into
// it. Once locked, the open file must still be the one the path names
// (device and inode); otherwise it is closed and the path opened again,
// within the same lock budget.
func openBolt(path string, opt Options, readOnly bool) (*Journal, error) {
	deadline := time.Now().Add(opt.Timeout)
	for attempt := 0; ; attempt++ {
		var opened *os.File
		db, err := boltOpen(path, opt, readOnly, time.Until(deadline), &opened)
		if err != nil {
			return nil, err
		}
		fi, ferr := opened.Stat()
		pi, perr := os.Stat(path)
		if ferr == nil && perr == nil && os.SameFile(fi, pi) {
			return &Journal{db: db, path: path, readOnly: readOnly, opt: opt}, nil
		}
		db.Close()
		if errors.Is(perr, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w (it was removed while waiting for it)", path, fs.ErrNotExist)
		}
		if attempt >= maxReopens || time.Now().After(deadline) {
			return nil, ErrLocked
		}
	}
}

// maxReopens bounds the reopenings after a file was replaced: each one
// means another process replaced the journal while this one waited.
const maxReopens = 8

// boltOpen is one bolt.Open, fault-safe, telling which *os.File it opened.
func boltOpen(path string, opt Options, readOnly bool, timeout time.Duration, opened **os.File) (db *bolt.DB, err error) {
	// bbolt reads the meta and freelist pages while opening: on a truncated
	// file that is a fault (SIGBUS), which must become an error.
	defer faultSafe()()
	defer guard(&err)
	db, err = bolt.Open(path, 0o600, &bolt.Options{
		Timeout:         max(timeout, time.Millisecond),
		ReadOnly:        readOnly,
		MaxSize:         opt.MaxSize,
		InitialMmapSize: opt.InitialMmapSize,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			*opened = f
			return f, err
		},
	})
	if err != nil {
		return nil, classifyOpen(path, err)
	}
	return db, nil
}

func classifyOpen(path string, err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return ErrLocked
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch):
		return fmt.Errorf("%s: %w", path, ErrNotJournal)
	case errors.Is(err, bolterrors.ErrChecksum):
		return fmt.Errorf("%s: %w", path, ErrDamaged)
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrNotJournal):
		return err
	}
	if ferr := fileError(path, err); ferr != err {
		return ferr
	}
	// Anything else bbolt says about the file's content means we can't trust it.
	return fmt.Errorf("%s: %w (%v)", path, ErrDamaged, err)
}

// guard turns a panic or memory fault while reading a damaged file into
// ErrDamaged. SetPanicOnFault makes a SIGBUS on a truncated mmap
// recoverable instead of killing the process.
func guard(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w (%v)", ErrDamaged, r)
	}
}

func faultSafe() func() {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}

// identify reads the meta bucket: no bucket or a wrong format name means
// the file is someone else's database.
func (j *Journal) identify() error {
	return j.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || string(meta.Get(keyFormat)) != formatName {
			return fmt.Errorf("%s: %w (another program's database)", j.path, ErrNotJournal)
		}
		v := meta.Get(keySchema)
		if len(v) != 4 {
			return fmt.Errorf("%s: %w (no schema version)", j.path, ErrDamaged)
		}
		j.schema = int(uint32(v[0])<<24 | uint32(v[1])<<16 | uint32(v[2])<<8 | uint32(v[3]))
		// Schema 0 was never written by any debrief: the number is damage,
		// and the way out is a backup, not an upgrade.
		if j.schema < 1 {
			return fmt.Errorf("%s: %w (schema %d, a number debrief never writes)", j.path, ErrDamaged, j.schema)
		}
		// A file shorter than its last commit was cut off: reading the
		// missing pages would fault, writing would build on holes.
		if fi, err := os.Stat(j.path); err == nil && fi.Size() < tx.Size() {
			return fmt.Errorf("%s: %w (the file is %d bytes, its last save needs %d: it was cut short)", j.path, ErrDamaged, fi.Size(), tx.Size())
		}
		return nil
	})
}

// create makes a new journal whole before any other opener can see it:
// built under a temporary name in the same directory, then linked to path,
// which fails if another process made it first. Built in place, the file
// would exist empty for a moment (bbolt writes its first pages after
// creating it), and a second opener — on a first run the app loads two
// screens at once — would refuse it as "not a debrief journal (the file is
// empty)". A file system without hard links gets the in-place creation.
func create(path string, opt Options) (*Journal, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fileError(dir, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return nil, fileError(dir, mapWriteErr(err))
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	j, err := createIn(tmp, opt)
	if err != nil {
		return nil, err
	}
	if err := j.Close(); err != nil {
		return nil, fileError(tmp, err)
	}
	switch err := os.Link(tmp, path); {
	case err == nil:
		if err := syncDir(dir); err != nil {
			return nil, fileError(dir, err)
		}
	case errors.Is(err, fs.ErrExist): // another process made it first
	default:
		return createIn(path, opt)
	}
	return openIdentified(path, opt, false)
}

// openIdentified opens path and reads its meta: it is a journal, and its
// schema is known.
func openIdentified(path string, opt Options, readOnly bool) (*Journal, error) {
	j, err := openBolt(path, opt, readOnly)
	if err != nil {
		return nil, err
	}
	if err := j.identify(); err != nil {
		j.Close()
		return nil, err
	}
	return j, nil
}

// createIn opens path read-write and writes a new journal's meta and
// buckets into it, unless another process already did.
func createIn(path string, opt Options) (*Journal, error) {
	j, err := openBolt(path, opt, false)
	if err != nil {
		return nil, err
	}
	err = j.db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if meta.Get(keyFormat) != nil {
			return nil // another process created it first
		}
		if err := meta.Put(keyFormat, []byte(formatName)); err != nil {
			return err
		}
		if err := meta.Put(keySchema, schemaBytes(SchemaVersion)); err != nil {
			return err
		}
		if err := meta.Put(keyCreated, []byte(opt.now().Format(time.RFC3339))); err != nil {
			return err
		}
		for _, b := range allDataBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("create journal: %w", mapWriteErr(err))
	}
	j.schema = SchemaVersion
	return j, nil
}

func schemaBytes(v int) []byte {
	return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
}

func permissionWarnings(path string, fi fs.FileInfo) []Warning {
	var w []Warning
	if fi.Mode().Perm()&0o077 != 0 {
		w = append(w, Warning{Path: path, Mode: fi.Mode().Perm()})
	}
	if di, err := os.Stat(filepath.Dir(path)); err == nil && di.Mode().Perm()&0o077 != 0 {
		w = append(w, Warning{Path: filepath.Dir(path), Mode: di.Mode().Perm(), Dir: true})
	}
	return w
}

func mapWriteErr(err error) error {
	if errors.Is(err, bolterrors.ErrMaxSizeReached) || isNoSpace(err) {
		return fmt.Errorf("%w: %v", ErrFull, err)
	}
	if errors.Is(err, bolterrors.ErrTimeout) {
		return ErrLocked
	}
	if errors.Is(err, syscall.EROFS) {
		return fmt.Errorf("%w (%v)", ErrReadOnlyFS, err)
	}
	return err
}

// view runs fn in a read transaction, fault-safe.
func (j *Journal) view(fn func(*bolt.Tx) error) (err error) {
	defer faultSafe()()
	defer guard(&err)
	return j.db.View(fn)
}

// View runs fn in a read transaction.
func (j *Journal) View(fn func(*Tx) error) error {
	return j.view(func(tx *bolt.Tx) error { return fn(&Tx{tx: tx, legacy: j.schema < SchemaVersion}) })
}

// Update runs fn in one write transaction: all of it is saved or none.
func (j *Journal) Update(fn func(*Tx) error) (err error) {
	if j.readOnly {
		return ErrReadOnly
	}
	rm := &removedSet{}
	err = j.update(func(tx *bolt.Tx) error { return fn(&Tx{tx: tx, now: j.opt.recordNow, removed: rm}) })
	if err == nil && rm.any() {
		j.afterRemoval(rm)
	}
	return err
}

func (j *Journal) update(fn func(*bolt.Tx) error) (err error) {
	defer faultSafe()()
	defer guard(&err)
	return mapWriteErr(j.db.Update(fn))
}

// Read opens the journal read-only, runs fn and closes it.
func Read(path string, opt Options, fn func(*Tx) error) error {
	j, err := OpenReadOnly(path, opt)
	if err != nil {
		return err
	}
	defer j.Close()
	return j.View(fn)
}

// Write opens the journal, runs fn in one transaction and closes it.
func Write(path string, opt Options, fn func(*Tx) error) error {
	j, err := Open(path, opt)
	if err != nil {
		return err
	}
	err = j.Update(fn)
	if cerr := j.Close(); err == nil && cerr != nil {
		err = mapWriteErr(cerr)
	}
	return err
}
