package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/jsonout"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) jotCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "jot [TEXT...]",
		Short:   a.P.T("jot.short"),
		Long:    a.P.T("jot.long"),
		Example: "  debrief jot 顾客要快递员电话，订单页上没有\n  debrief jot refund stuck for 3 days, escalated\n  debrief jot            (today's jots)",
		GroupID: "journal",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && strings.TrimSpace(strings.Join(args, "")) == "" {
				return usagef("%s", a.P.T("err.missing_arg", "TEXT", cmd.CommandPath()))
			}
			if len(args) > 0 && asJSON {
				return usagef("%s", a.P.T("jot.json_lists"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.Today()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return a.listJots(today, asJSON)
			}
			return a.addJot(today, strings.TrimSpace(strings.Join(args, " ")))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	return cmd
}

func (a *App) addJot(today journal.Date, text string) error {
	if len(text) > journal.MaxText {
		return usagef("%s", a.P.T("rule.too_long", "TEXT", "", strconv.Itoa(journal.MaxText)))
	}
	if !utf8.ValidString(text) {
		return usagef("%s", a.P.T("rule.utf8", "TEXT"))
	}
	if strings.ContainsRune(text, 0) {
		return usagef("%s", a.P.T("rule.nul", "TEXT"))
	}
	n, err := a.Journal().AddJot(today, journal.Jot{At: a.Clock().Truncate(time.Second), Text: text})
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Stdout, a.P.T("jot.done", n, safetext.Line(text)))
	return nil
}

// listJots prints the jots of today's shift, numbered as `debrief jot`
// numbered them, or (--json) as an array of {id, at, text}.
func (a *App) listJots(today journal.Date, asJSON bool) error {
	jots, err := a.Journal().Jots(today)
	if err != nil {
		return err
	}
	if asJSON {
		jw := jsonout.New(a.Stdout)
		jw.BeginArray()
		for _, j := range jots {
			jw.BeginObject()
			jw.Key("id")
			jw.Uint(j.ID)
			jw.Key("at")
			jw.Time(j.At)
			jw.Key("text")
			jw.String(j.Text)
			jw.End()
		}
		jw.End()
		return jw.Flush()
	}
	if len(jots) == 0 {
		fmt.Fprintln(a.Stdout, a.P.T("jot.none", today))
		return nil
	}
	fmt.Fprintln(a.Stdout, a.P.T("jot.header", today, len(jots)))
	for i, j := range jots {
		fmt.Fprintf(a.Stdout, "  %d  %s  %s\n", i+1, j.At.Local().Format("15:04"), safetext.Line(j.Text))
	}
	return nil
}
