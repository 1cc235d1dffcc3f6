package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/spf13/cobra"
)

func (a *App) playbookCommand() *cobra.Command {
	var category, from, to, format string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "playbook",
		Short:   a.P.T("playbook.short"),
		Long:    a.P.T("playbook.long"),
		GroupID: "data",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "" && format != "text" && format != "md" {
				return usagef("%s", a.P.T("err.bad_choice", "--format", format, "text, md"))
			}
			lo, hi, err := a.dateRange(from, to)
			if err != nil {
				return err
			}
			// One read, one document, then exit: as in export.
			debug.SetGCPercent(-1)
			debug.SetMemoryLimit(exportMemoryLimit)
			pb, err := a.Journal().Playbook(lo, hi, category)
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				return report.WritePlaybookJSON(a.Stdout, pb, a.P)
			case format == "md":
				return report.WritePlaybookMarkdown(a.Stdout, pb, a.P)
			}
			w := a.colorWriter()
			for _, l := range day.PlaybookReading(pb, a.P).Render(0, showStyle) {
				fmt.Fprintln(w, l)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&category, "category", "", a.P.T("flag.playbook_category"))
	f.StringVar(&from, "from", "", a.P.T("flag.from"))
	f.StringVar(&to, "to", "", a.P.T("flag.to"))
	f.StringVar(&format, "format", "", a.P.T("flag.playbook_format"))
	f.BoolVar(&asJSON, "json", false, a.P.T("flag.playbook_json"))
	return cmd
}
