package cli

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

func (a *App) ideasCommand() *cobra.Command {
	var status string
	var asJSON bool
	cmd := a.command("ideas", "journal", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if status != "" && !slices.Contains(journal.IdeaStatuses, status) {
			return usagef("%s", a.P.T("err.bad_choice", "--status", status, strings.Join(journal.IdeaStatuses, ", ")))
		}
		today, err := a.Today()
		if err != nil {
			return err
		}
		ideas, err := a.Journal().Ideas()
		if err != nil {
			return err
		}
		list := report.IdeaList(ideas, status, today)
		if asJSON {
			return a.printJSON(list, true)
		}
		w := a.colorWriter()
		if len(list) == 0 {
			if status != "" {
				fmt.Fprintln(w, a.P.T("ideas.none_with", a.P.T("status."+status)))
			} else {
				fmt.Fprintln(w, a.P.T("ideas.empty"))
			}
			return nil
		}
		// Columns wide enough for both languages' words.
		fmt.Fprintln(w, labelStyle.Render(padLeft(a.P.T("ideas.col.id"), 4)+"  "+padRight(a.P.T("ideas.col.status"), 8)+"  "+
			padRight(a.P.T("ideas.col.age"), 6)+"  "+padRight(a.P.T("ideas.col.kind"), 9)+"  "+a.P.T("ideas.col.idea")))
		for _, i := range list {
			fmt.Fprintf(w, "%4d  %s  %s  %s  %s\n", i.ID, padRight(a.P.T("status."+i.Status), 8),
				padRight(a.P.T("ideas.age", i.AgeDays), 6), padRight(a.P.T("kind."+i.Kind), 9), safetext.Line(i.Text))
			if i.Impact != "" {
				fmt.Fprintln(w, strings.Repeat(" ", 6)+labelStyle.Render(a.P.T("ideas.impact", safetext.Line(i.Impact))))
			}
		}
		fmt.Fprintln(w, labelStyle.Render(a.P.N("ideas.total", len(list))))
		return nil
	}
	cmd.Flags().StringVar(&status, "status", "", a.P.T("flag.ideas_status"))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.P.T("flag.json"))
	cmd.AddCommand(a.ideasSetCommand())
	return cmd
}

// ideasSetCommand moves an idea along its way (new → shared → adopted or
// declined) and notes its impact. Any status may be set: a person who
// clicked the wrong one can put it back.
func (a *App) ideasSetCommand() *cobra.Command {
	var impact, with, why string
	cmd := &cobra.Command{
		Use:   "set ID STATUS",
		Short: a.P.T("ideas.set_short"),
		Args:  exactArgs(a, 2, "ID STATUS"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(strings.TrimPrefix(args[0], "#"), 10, 64)
			if err != nil || id == 0 {
				return usagef("%s", a.P.T("err.idea_id", args[0]))
			}
			status := args[1]
			if !slices.Contains(journal.IdeaStatuses, status) {
				return usagef("%s", a.P.T("err.bad_choice", "STATUS", status, strings.Join(journal.IdeaStatuses, ", ")))
			}
			change := day.IdeaChange{Status: status}
			for _, f := range []struct {
				flag string
				v    string
				to   **string
			}{{"impact", impact, &change.Impact}, {"with", with, &change.SharedWith}, {"why", why, &change.DeclinedWhy}} {
				if cmd.Flags().Changed(f.flag) {
					v := strings.TrimSpace(f.v)
					*f.to = &v
				}
			}
			before, after, err := a.Journal().ChangeIdea(id, change)
			if errors.Is(err, day.ErrNoIdea) {
				return fmt.Errorf("%s", a.P.T("err.no_idea", id))
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, a.P.T("ideas.moved", id, a.P.T("status."+before.Status), a.P.T("status."+after.Status)))
			if after.Impact != "" && after.Impact != before.Impact {
				fmt.Fprintln(a.Stdout, a.P.T("ideas.impact_set", id, safetext.Line(after.Impact)))
			}
			if after.SharedWith != "" && after.SharedWith != before.SharedWith {
				fmt.Fprintln(a.Stdout, a.P.T("ideas.with_set", id, safetext.Line(after.SharedWith)))
			}
			if after.DeclinedWhy != "" && after.DeclinedWhy != before.DeclinedWhy {
				fmt.Fprintln(a.Stdout, a.P.T("ideas.why_set", id, safetext.Line(after.DeclinedWhy)))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&impact, "impact", "", a.P.T("flag.ideas_impact"))
	cmd.Flags().StringVar(&with, "with", "", a.P.T("flag.ideas_with"))
	cmd.Flags().StringVar(&why, "why", "", a.P.T("flag.ideas_why"))
	return cmd
}
