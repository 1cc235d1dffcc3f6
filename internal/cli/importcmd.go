package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/seal"
	"github.com/spf13/cobra"
)

func (a *App) importCommand() *cobra.Command {
	var dryRun, overwrite bool
	var archivePass string
	cmd := a.command("import FILE", "data", exactArgs(a, 1, "FILE"))
	// The help names the configured size limit and the file that sets it.
	cmd.Long = a.P.T("import.long", mib(a.Cfg.Import.MaxBytes()), a.Paths.Config)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		return a.importArchive(args[0], archive.Options{Overwrite: overwrite, DryRun: dryRun}, archivePass)
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, a.P.T("flag.dry_run"))
	cmd.Flags().StringVar(&archivePass, "archive-passphrase-file", "", a.P.T("flag.archive_passphrase_file"))
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, a.P.T("flag.overwrite"))
	return cmd
}

// importArchive reads the archive at path into the journal in one
// streaming pass inside one transaction (see archive.Import): a bad record
// rolls the whole import back. The journal is opened only once the file
// has shown it is an archive of a version this debrief reads.
func (a *App) importArchive(path string, opt archive.Options, archivePass string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s", a.P.T("err.read_file", path, err))
	}
	defer f.Close()
	limit := a.Cfg.Import.MaxBytes()
	size := int64(-1) // unknown: a pipe
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	if size > limit {
		return fmt.Errorf("%s", a.P.T("import.too_large", path, mib(size), mib(limit), a.Paths.Config))
	}
	dec := archive.NewDecoder(f, limit)
	h, err := dec.Header()
	if err != nil {
		return err
	}
	if h.Sealing != nil && !opt.DryRun {
		if opt.ArchiveKey, err = a.archiveKey(h.Sealing, archivePass); err != nil {
			return err
		}
	}
	if size >= 1<<20 && ttyFile(a.Stderr) {
		shown := -1
		opt.Progress = func(offset int64) {
			if pct := int(offset * 100 / size); pct != shown {
				shown = pct
				fmt.Fprintf(a.Stderr, "\r%s", a.P.T("import.progress", pct))
			}
		}
		defer fmt.Fprint(a.Stderr, "\r\x1b[K")
	}
	res, err := a.Journal().Import(dec, opt, size)
	if err != nil {
		return err
	}
	key := "import.done"
	if opt.DryRun {
		key = "import.dry_run"
	}
	p := a.P
	msg := p.T(key, p.N("count.entries", res.Entries), p.N("count.days_off", res.DaysOff), p.N("count.ideas", res.Ideas),
		p.N("count.reviews", res.Reviews), res.Skipped)
	if res.Jots > 0 {
		msg += p.N("import.done_jots", res.Jots)
	}
	fmt.Fprintln(a.Stdout, msg)
	switch {
	case res.KeyTaken && opt.DryRun:
		fmt.Fprintln(a.Stdout, a.P.T("import.key_would_be_taken"))
	case res.KeyTaken:
		fmt.Fprintln(a.Stdout, a.P.T("import.key_taken"))
	case res.Resealed > 0:
		fmt.Fprintln(a.Stdout, a.P.N("import.resealed", res.Resealed))
	}
	return nil
}

// archiveKey unlocks the key of a sealed archive when the journal is
// sealed to another one: its vents are opened with it and sealed again to
// the journal's. nil when not needed.
func (a *App) archiveKey(s *archive.Sealing, passFile string) (*seal.Key, error) {
	need, err := a.Journal().NeedsArchiveKey(s)
	if err != nil || !need {
		return nil, err
	}
	pass, err := a.newPassphrase(passFile, a.P.T("pass.archive_prompt"), false)
	if errors.Is(err, errNoPassphrase) {
		return nil, fmt.Errorf("%s", a.P.T("import.need_archive_passphrase"))
	}
	if err != nil {
		return nil, err
	}
	defer clear(pass)
	k, err := a.unlockWith(func() (*seal.Key, error) { return seal.Unwrap(s.Wrapped, pass, s.Recipient) })
	if errors.Is(err, seal.ErrWrongPassphrase) {
		return nil, fmt.Errorf("%s", a.P.T("import.wrong_archive_passphrase"))
	}
	return k, err
}

func mib(n int64) string {
	if n < 10<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d MiB", n>>20)
}

// archiveMessage words a problem of an archive (a *archive.RecordError or
// *archive.FileError) in one line, in the person's language.
func (a *App) archiveMessage(err error) (string, bool) {
	p := a.P
	var re *archive.RecordError
	var fe *archive.FileError
	switch {
	case errors.As(err, &re):
		key := ""
		if re.Key != "" {
			key = p.T("archive.key", re.Key)
		}
		return p.T("err.record", re.Section, re.Index+1, key, a.recordProblem(re.Err)), true
	case !errors.As(err, &fe):
		return "", false
	}
	switch fe.Reason {
	case archive.ReasonNotJSON:
		return p.T("archive.not_json", a.recordProblem(fe.Err)), true
	case archive.ReasonSyntax:
		return p.T("archive.syntax", a.recordProblem(fe.Err)), true
	case archive.ReasonField:
		return p.T("archive.nothing", a.recordProblem(fe.Err)), true
	case archive.ReasonNotObject:
		return p.T("archive.not_object", p.T("kind."+fe.Value)), true
	case archive.ReasonTooLarge:
		return p.T("archive.too_large", mib(a.Cfg.Import.MaxBytes()), a.Paths.Config), true
	case archive.ReasonUnreadable:
		return p.T("archive.unreadable", fe.Err), true
	case archive.ReasonFormatCase, archive.ReasonFormat, archive.ReasonVersion, archive.ReasonTrailing:
		return p.T("archive."+fe.Reason, fe.Value), true
	}
	return p.T("archive." + fe.Reason), true
}

// recordProblem words what is wrong inside a record (or a top-level
// field): the text is not JSON there, or a field breaks a rule.
func (a *App) recordProblem(err error) string {
	var se *archive.SyntaxError
	var fe *journal.FieldError
	switch {
	case errors.As(err, &se):
		return a.P.T("syn."+se.Reason, se.Line, se.Found)
	case errors.As(err, &fe) && (fe.Rule == archive.RuleType || fe.Rule == archive.RuleNotRecord):
		return a.P.T("rule."+string(fe.Rule), fe.Field, a.P.T("kind."+fe.Value), a.P.T("kind."+fe.Arg))
	case errors.As(err, &fe):
		return a.fieldError(fe)
	}
	return err.Error()
}
