package cli

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) jotCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "jot TEXT...",
		Short:   a.P.T("jot.short"),
		Long:    a.P.T("jot.long"),
		Example: "  debrief jot 顾客要快递员电话,订单页上没有\n  debrief jot refund stuck for 3 days, escalated",
		GroupID: "journal",
		Args: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(strings.Join(args, "")) == "" {
				return usagef("%s", a.P.T("err.missing_arg", "TEXT", cmd.CommandPath()))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.Today()
			if err != nil {
				return err
			}
			text := strings.TrimSpace(strings.Join(args, " "))
			if len(text) > journal.MaxText {
				return usagef("%s", a.P.T("rule.too_long", "TEXT", "", journal.MaxText))
			}
			if !utf8.ValidString(text) {
				return usagef("%s", a.P.T("rule.utf8", "TEXT"))
			}
			if strings.ContainsRune(text, 0) {
				return usagef("%s", a.P.T("rule.nul", "TEXT"))
			}
			n, err := a.Journal().AddJot(today, journal.Jot{At: a.Now().Truncate(time.Second), Text: text})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("jot.done", n, safetext.Line(text)))
			return nil
		},
	}
}
