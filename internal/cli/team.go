package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/debrief-app/debrief/internal/team"
	"github.com/spf13/cobra"
)

// teamCommand is `debrief team report`: the team lead's roll-up of the
// agents' manager exports. It reads files only, never the journal.
func (a *App) teamCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:         "team",
		Short:       a.P.T("team.short"),
		GroupID:     "data",
		Args:        noArgs(a),
		Annotations: map[string]string{"config": "optional"},
		RunE:        func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	var format, out string
	report := &cobra.Command{
		Use:   "report DIR|FILE...",
		Short: a.P.T("team.report.short"),
		Long:  a.P.T("team.report.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s", a.P.T("err.missing_arg", "DIR|FILE", cmd.CommandPath()))
			}
			return nil
		},
		Annotations: map[string]string{"config": "optional"},
		RunE: func(cmd *cobra.Command, args []string) error {
			format := cmp.Or(format, "md")
			var write func(io.Writer, *team.Rollup) error
			switch format {
			case "md":
				write = func(w io.Writer, r *team.Rollup) error { return team.WriteMarkdown(w, r, a.P) }
			case "html":
				write = func(w io.Writer, r *team.Rollup) error { return team.WriteHTML(w, r, a.P) }
			case "json":
				write = team.WriteJSON
			default:
				return usagef("%s", a.P.T("err.bad_choice", "--format", format, "md, html, json"))
			}
			if err := a.checkOutput(out); err != nil {
				return err
			}
			// Read, merge, write, exit: as in export, the collector would
			// only cost time (twelve 10-year exports are about 40 MB).
			debug.SetGCPercent(-1)
			debug.SetMemoryLimit(teamMemoryLimit)
			files, err := team.Files(args)
			if err != nil {
				return err
			}
			exports, skipped := team.Read(files)
			for _, s := range skipped {
				fmt.Fprintln(a.Stderr, a.P.T("team.skipped", safetext.Line(s.File), a.P.T("team.skip."+s.Reason)))
			}
			if len(exports) == 0 {
				return errors.New(a.P.T("team.none"))
			}
			r := team.Build(exports, skipped)
			if out == "" || out == "-" {
				return write(a.Stdout, r)
			}
			if err := safefile.Write(out, 0o600, func(w io.Writer) error { return write(w, r) }); err != nil {
				return fmt.Errorf("%s", a.P.T("err.write_file", out, err))
			}
			fmt.Fprintln(a.Stderr, a.P.T("export.done", safetext.Line(out)))
			return nil
		},
	}
	f := report.Flags()
	f.StringVar(&format, "format", "", a.P.T("flag.team_format"))
	f.StringVarP(&out, "output", "o", "", a.P.T("flag.export_output"))
	cmd.AddCommand(report)
	return cmd
}

// teamMemoryLimit is the heap at which team report's collector starts
// after all.
const teamMemoryLimit = 512 << 20

// checkOutput refuses an -o whose directory is missing or that is a
// directory, before anything is read (export and team report).
func (a *App) checkOutput(out string) error {
	if out == "" || out == "-" {
		return nil
	}
	if dir := dirOf(out); !isDir(dir) {
		return fmt.Errorf("%s", a.P.T("err.no_dir", out, dir))
	}
	if isDir(out) {
		return fmt.Errorf("%s", a.P.T("err.is_dir", out, strings.TrimRight(out, "/")))
	}
	return nil
}
