package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/i18n"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
	"github.com/debrief-app/debrief/internal/safefile"
	"github.com/debrief-app/debrief/internal/safetext"
	"github.com/spf13/cobra"
)

// exportFormats are the formats of debrief export and their writers.
var exportFormats = map[string]func(io.Writer, *report.Document, *i18n.Printer) error{
	"md": report.WriteMarkdown, "csv": report.WriteCSV, "html": report.WriteHTML, "json": report.WriteJSON,
}

// exportFormatNames lists the formats in the order help shows them.
func exportFormatNames() []string { return []string{"md", "csv", "html", "json"} }

func (a *App) exportCommand() *cobra.Command {
	var who, format, from, to, week, out, rows, passFile, tag string
	var wellbeing, detail bool
	cmd := a.command("export", "data", noArgs(a))
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		// The defaults are in the flags' help, in the person's language.
		who, format := cmp.Or(who, string(report.Manager)), cmp.Or(format, "md")
		aud, err := report.ParseAudience(who)
		if err != nil {
			return usagef("%s", a.P.T("err.bad_choice", "--for", who, "manager, review, me, team"))
		}
		write, ok := exportFormats[format]
		if !ok {
			return usagef("%s", a.P.T("err.bad_choice", "--format", format, strings.Join(exportFormatNames(), ", ")))
		}
		switch {
		case rows == "" || rows == "shifts":
		case rows == "cases" && format == "csv":
			write = report.WriteCaseCSV
		case rows == "cases":
			return usagef("%s", a.P.T("err.rows_csv"))
		default:
			return usagef("%s", a.P.T("err.bad_choice", "--rows", rows, "shifts, cases"))
		}
		lo, hi, err := a.exportRange(from, to, week)
		if err != nil {
			return err
		}
		if err := a.checkOutput(out); err != nil {
			return err
		}
		// One read, one document, one write, then exit: collecting
		// garbage on the way would only cost time (as in stats).
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(exportMemoryLimit)
		j := a.Journal()
		// CSV and JSON are data: every shift, whatever the range.
		in, err := j.Export(lo, hi, aud, detail || format == "csv" || format == "json", tag)
		if err != nil {
			return err
		}
		// Only an export for me holds vents; sealed ones are opened
		// when a passphrase is at hand, else left out (and said so).
		if n := day.SealedCount(in.Entries); n > 0 {
			k, err := a.unlock(j, passFile)
			switch {
			case errors.Is(err, errNoPassphrase):
				a.sealedSkipped(n)
			case err != nil:
				return err
			default:
				if err := day.OpenVents(k, in.Entries); err != nil {
					return err
				}
			}
		}
		in.Author = report.Author{Name: a.Cfg.Profile.Name, Team: a.Cfg.Profile.Team}
		doc := report.Build(in, aud, wellbeing)
		if out == "" || out == "-" {
			return write(a.Stdout, doc, a.P)
		}
		if err := safefile.Write(out, 0o600, func(w io.Writer) error { return write(w, doc, a.P) }); err != nil {
			return fmt.Errorf("%s", a.P.T("err.write_file", out, err))
		}
		fmt.Fprintln(a.Stderr, a.P.T("export.done", safetext.Line(out)))
		if aud != report.Me && in.Author == (report.Author{}) {
			fmt.Fprintln(a.Stderr, a.P.T("export.no_name"))
		}
		return nil
	}
	f := cmd.Flags()
	f.StringVar(&who, "for", "", a.P.T("flag.export_for"))
	f.StringVar(&format, "format", "", a.P.T("flag.export_format"))
	f.StringVar(&from, "from", "", a.P.T("flag.from"))
	f.StringVar(&to, "to", "", a.P.T("flag.to"))
	f.StringVar(&week, "week", "", a.P.T("flag.export_week"))
	f.StringVar(&tag, "tag", "", a.P.T("flag.tag"))
	f.BoolVar(&wellbeing, "include-wellbeing", false, a.P.T("flag.export_wellbeing"))
	f.StringVar(&rows, "rows", "", a.P.T("flag.export_rows"))
	f.BoolVar(&detail, "detail", false, a.P.T("flag.export_detail"))
	f.StringVarP(&out, "output", "o", "", a.P.T("flag.export_output"))
	f.StringVar(&passFile, "passphrase-file", "", a.passFlagHelp())
	return cmd
}

// exportMemoryLimit is the heap at which export's garbage collector starts
// after all: ten years of entries take about 30 MiB.
const exportMemoryLimit = 256 << 20

// exportRange turns --from/--to/--week into the dates to export: by
// default the last ISO week (the whole week before this one). A zero from
// means "from the first entry".
func (a *App) exportRange(from, to, week string) (lo, hi journal.Date, err error) {
	if week != "" && (from != "" || to != "") {
		return 0, 0, usagef("%s", a.P.T("err.week_and_range"))
	}
	if week != "" {
		w, err := journal.ParseWeek(week)
		if err != nil {
			return 0, 0, usagef("%s", a.P.T("err.bad_week", "--week", week))
		}
		return w.Monday(), w.Sunday(), nil
	}
	if from == "" && to == "" {
		today, err := a.Today()
		if err != nil {
			return 0, 0, err
		}
		w := journal.WeekOf(today).Prev()
		return w.Monday(), w.Sunday(), nil
	}
	return a.dateRange(from, to)
}

func dirOf(path string) string { return filepath.Dir(path) }

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
