package cli

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/config"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/seal"
)

// usageError is a mistake in how debrief was called: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errQuiet answers "no" with exit code 1 and prints nothing (debrief remind
// in a shell prompt).
var errQuiet = errors.New("quiet")

// ExitCode maps an error to the process exit code.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// Explain turns an error into one line in the person's language, telling
// what to do where there is something to do.
func (a *App) Explain(err error) string {
	p := a.P
	var (
		ue  *usageError
		fe  *journal.FieldError
		re  *archive.RecordError
		ae  *archive.FileError
		ce  *config.Error
		msg string
	)
	switch {
	case errors.As(err, &ue):
		msg = p.T("err.usage", ue.msg)
	case errors.Is(err, day.ErrLocked):
		msg = p.T("err.locked")
	case errors.Is(err, day.ErrDanglingLink):
		msg = p.T("err.dangling_link", a.Paths.DB, linkTarget(a.Paths.DB))
	case errors.Is(err, day.ErrReadOnlyFS):
		msg = p.T("err.read_only_fs", a.Paths.DB)
	case errors.Is(err, day.ErrNoPermission):
		msg = p.T("err.no_permission", a.Paths.DB)
	case errors.Is(err, day.ErrNotJournal):
		msg = p.T("err.not_journal", a.Paths.DB)
	case errors.Is(err, day.ErrNewerSchema):
		msg = p.T("err.newer_schema", a.Paths.DB)
	case errors.Is(err, day.ErrDamaged):
		msg = p.T("err.damaged_named", a.Paths.DB) // withBackupHint names the backup
	case errors.Is(err, day.ErrFull):
		msg = p.T("err.full")
	case errors.Is(err, seal.ErrWrongPassphrase):
		msg = p.T("pass.wrong")
	case errors.Is(err, seal.ErrKeyMismatch), errors.Is(err, seal.ErrDamagedKey):
		msg = p.T("private.key_damaged", a.Paths.DB)
	case errors.Is(err, seal.ErrOtherKey), errors.Is(err, seal.ErrNotSealed):
		msg = p.T("private.vent_unreadable", err.Error())
	case errors.Is(err, day.ErrSealedWithoutKey):
		msg = p.T("private.sealed_without_key")
	case errors.Is(err, day.ErrOlderSnapshot):
		msg = p.T("private.older_snapshot")
	case errors.Is(err, archive.ErrArchiveKey):
		msg = p.T("import.need_archive_passphrase")
	case errors.Is(err, day.ErrNotSealed):
		msg = p.T("private.already_off")
	case errors.As(err, &re), errors.As(err, &ae):
		msg, _ = a.archiveMessage(err) // importcmd.go
	case errors.As(err, &fe):
		msg = a.fieldError(fe)
	case errors.As(err, &ce):
		msg = p.T("err.config", ce.File, configProblem(p, ce))
	case errors.Is(err, config.ErrToday):
		msg = p.T("err.env_today", a.Getenv("DEBRIEF_TODAY"))
	default:
		msg = err.Error()
	}
	return safetext.Line(msg)
}

func (a *App) fieldError(fe *journal.FieldError) string {
	key := "rule." + string(fe.Rule)
	if !i18n.Has(key) {
		return fe.Error()
	}
	return a.P.T(key, fe.Field, fe.Value, fe.Arg)
}

// linkTarget is where the symbolic link at path points ("?" when unknown).
func linkTarget(path string) string {
	if t, err := os.Readlink(path); err == nil {
		return t
	}
	return "?"
}

// configProblem words what is wrong in the config file: the line, the
// setting as written and what to write instead.
func configProblem(p *i18n.Printer, ce *config.Error) string {
	name := ce.Key[strings.LastIndex(ce.Key, ".")+1:]
	if ce.Table {
		name = "[" + ce.Key + "]"
	}
	switch ce.Reason {
	case config.ReasonUnknown:
		if ce.Maybe != "" {
			maybe := ce.Maybe
			if ce.Table {
				maybe = "[" + maybe + "]"
			}
			return p.T("config.unknown_maybe", ce.Line, name, maybe)
		}
		return p.T("config.unknown", ce.Line, name)
	case config.ReasonValue:
		want := "config.want." + cmp.Or(ce.Rule, ce.Key)
		if !i18n.Has(want) {
			want = "config.want.table"
		}
		return p.T("config.value", ce.Line, name, ce.Value, p.T(want, ce.Key))
	case config.ReasonRead:
		return p.T("config.read", ce.Err)
	}
	return p.T("config.syntax", ce.Line, ce.Value)
}

// flagMistake words cobra's and pflag's English about a mistaken flag or
// command in the person's language, naming the flag and the value.
func (a *App) flagMistake(err error) (string, bool) {
	s := err.Error()
	quoted := func(s string) string {
		if v, e := strconv.Unquote(s); e == nil {
			return v
		}
		return s
	}
	switch {
	case strings.HasPrefix(s, "unknown flag: "):
		return a.P.T("err.unknown_flag", strings.TrimPrefix(s, "unknown flag: ")), true
	case strings.HasPrefix(s, "unknown shorthand flag: "):
		// unknown shorthand flag: 'x' in -xyz
		_, in, _ := strings.Cut(s, "' in ")
		name := strings.TrimSuffix(strings.TrimPrefix(s, "unknown shorthand flag: '"), "' in "+in)
		return a.P.T("err.unknown_flag", "-"+name), true
	case strings.HasPrefix(s, "flag needs an argument: "):
		name := strings.TrimPrefix(s, "flag needs an argument: ")
		if strings.HasPrefix(name, "'") {
			// flag needs an argument: 'o' in -o
			name, _, _ = strings.Cut(strings.TrimPrefix(name, "'"), "'")
			name = "-" + name
		}
		return a.P.T("err.flag_needs_value", name), true
	case strings.HasPrefix(s, "invalid argument "):
		// invalid argument "maybe" for "--json" flag: strconv.ParseBool: ...
		rest := strings.TrimPrefix(s, "invalid argument ")
		value, rest, _ := strings.Cut(rest, " for ")
		name, _, _ := strings.Cut(rest, " flag")
		name = quoted(name)
		if i := strings.Index(name, ", "); i >= 0 { // "-j, --json"
			name = name[i+2:]
		}
		return a.P.T("err.flag_bad_value", name, quoted(value)), true
	case strings.HasPrefix(s, "unknown command "):
		name, _, _ := strings.Cut(strings.TrimPrefix(s, "unknown command "), " for ")
		return a.P.T("err.unknown_command", quoted(name)), true
	}
	return "", false
}
