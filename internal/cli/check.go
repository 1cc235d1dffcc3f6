package cli

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) checkCommand() *cobra.Command {
	cmd := a.command("check", "data", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		problems := a.Journal().Check()
		if len(problems) == 1 {
			switch p := problems[0]; {
			case errors.Is(p, day.ErrDanglingLink), errors.Is(p, day.ErrReadOnlyFS),
				errors.Is(p, day.ErrNoPermission), errors.Is(p, day.ErrLocked),
				errors.Is(p, day.ErrNotJournal), errors.Is(p, day.ErrNewerSchema):
				return p // said as every command says it
			case errors.Is(p, fs.ErrNotExist):
				return fmt.Errorf("%s", a.P.T("check.missing", a.Paths.DB))
			}
		}
		if len(problems) == 0 {
			fmt.Fprintln(a.Stdout, a.P.T("check.ok", a.Paths.DB))
			return nil
		}
		for _, p := range problems {
			fmt.Fprintln(a.Stdout, "  "+a.explainProblem(p))
		}
		return fmt.Errorf("%s%s%s", a.P.N("check.problems", len(problems), a.Paths.DB), a.P.T("hint.sep"), a.backupHint(true))
	}
	return cmd
}

// explainProblem is one line about one problem check found: the bucket and
// key of the record and what is wrong with it, or the whole file's problem.
func (a *App) explainProblem(p error) string {
	var re *day.RecordError
	if !errors.As(p, &re) {
		return a.Explain(p)
	}
	what := map[day.ProblemKind]string{
		day.KindDamaged: "check.damaged", day.KindInvalid: "check.invalid", day.KindMisplaced: "check.misplaced",
		day.KindMissing: "check.lacking", day.KindUnexpected: "check.unexpected",
	}[re.Kind]
	detail := re.Err.Error()
	var fe *journal.FieldError
	if errors.As(re.Err, &fe) {
		detail = a.fieldError(fe)
	}
	return safetext.Line(a.P.T("check.record", re.Bucket, re.Key, a.P.T("check.detail", a.P.T(what), detail)))
}
