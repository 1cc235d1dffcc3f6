package archive

import (
	"errors"
	"fmt"

	"github.com/debrief-app/debrief/internal/journal"
)

// Errors about the file as a whole, for errors.Is.
var (
	ErrNotArchive = errors.New("not a debrief archive")
	ErrVersion    = errors.New("archive version not supported")
	ErrTooLarge   = errors.New("archive larger than the import limit")
)

// Rules of the archive beyond journal's: how a record is written rather
// than what it says. The command line words each one (rule.<name>).
const (
	RuleType      = journal.Rule("type")       // Value: the JSON kind found; Arg: the kind that belongs
	RuleUnknown   = journal.Rule("unknown")    // a member name the record does not have
	RuleCase      = journal.Rule("case")       // a name that differs from Arg only in case
	RuleTwice     = journal.Rule("twice")      // the same name twice in one object
	RuleTime      = journal.Rule("time")       // not an RFC 3339 time
	RuleVersion2  = journal.Rule("version2")   // a field only version 2 archives have
	RuleNotRecord = journal.Rule("not_record") // Value: the JSON kind found where a record belongs
	RuleSameKey   = journal.Rule("same_key")   // a second record with the same date, id or week
	RuleBase64    = journal.Rule("base64")     // not standard base64 as backup writes it
	RuleVentTwice = journal.Rule("vent_twice") // both "vent" and "sealed_vent"
	RuleNoKey     = journal.Rule("no_key")     // a sealed vent in an archive without "sealing" before its entries
	RuleKey       = journal.Rule("key")        // not a key debrief made (sealing.recipient, sealing.identity)
)

// RecordError names the record of the archive that is wrong: its section,
// its position, its key when that could be read, and what is wrong (a
// *journal.FieldError, or a *SyntaxError when the text itself is not JSON).
type RecordError struct {
	Section string // entries, days_off, ideas, weekly_reviews
	Index   int    // 0-based position in its section
	Key     string // the record's date / id / week when known
	Err     error
}

func (e *RecordError) Error() string {
	if e.Key != "" {
		return fmt.Sprintf("%s[%d] (%s): %v", e.Section, e.Index, e.Key, e.Err)
	}
	return fmt.Sprintf("%s[%d]: %v", e.Section, e.Index, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// FileError is a problem with the archive as a whole rather than one of
// its records: not an archive at all, a version this debrief does not
// read, a size over the limit, or a top-level field that is wrong.
type FileError struct {
	Kind   error  // ErrNotArchive, ErrVersion, ErrTooLarge, or nil
	Reason string // one of the Reason codes below
	Value  string // what was found: a format, a version, a name
	Err    error  // the detail: a *SyntaxError or a *journal.FieldError
}

// Reasons of a FileError; the command line words each one (archive.<reason>).
const (
	ReasonEmpty       = "empty"       // nothing but blank space
	ReasonNotJSON     = "not_json"    // Err: the *SyntaxError
	ReasonNotObject   = "not_object"  // Value: the JSON kind found
	ReasonNoFormat    = "no_format"   // no "format" member before the records
	ReasonFormatCase  = "format_case" // Value: the name written ("FORMAT")
	ReasonFormat      = "format"      // Value: the format found
	ReasonNoVersion   = "no_version"  // no "version" before the records
	ReasonVersion     = "version"     // Value: a version this debrief does not read
	ReasonTooLarge    = "too_large"   // Value: the limit in bytes
	ReasonSyntax      = "syntax"      // Err: the *SyntaxError, outside any record
	ReasonField       = "field"       // Err: a *journal.FieldError of a top-level field
	ReasonTrailing    = "trailing"    // Value: the line of more text after the archive's end
	ReasonUnreadable  = "unreadable"  // Err: the reader's error
	versionsSupported = "1, 2"
)

func (e *FileError) Error() string {
	var msg string
	switch e.Reason {
	case ReasonEmpty:
		msg = "the file is empty"
	case ReasonNotJSON:
		msg = fmt.Sprintf("not JSON (%v)", e.Err)
	case ReasonNotObject:
		msg = fmt.Sprintf("a JSON %s, not an object", e.Value)
	case ReasonNoFormat:
		msg = `no "format" field`
	case ReasonFormatCase:
		msg = fmt.Sprintf(`no "format" field (%q is not "format": names are case-sensitive)`, e.Value)
	case ReasonFormat:
		msg = fmt.Sprintf(`"format" is %q, not %q`, e.Value, Format)
	case ReasonNoVersion:
		msg = `no "version" field`
	case ReasonVersion:
		msg = fmt.Sprintf("version %s (this debrief reads versions %s)", e.Value, versionsSupported)
	case ReasonTooLarge:
		msg = fmt.Sprintf("more than the limit of %s bytes", e.Value)
	case ReasonTrailing:
		msg = fmt.Sprintf("more text after the end of the archive (line %s)", e.Value)
	default:
		msg = fmt.Sprint(e.Err)
	}
	if e.Kind != nil {
		return e.Kind.Error() + ": " + msg
	}
	return "archive: " + msg
}

func (e *FileError) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}
