// Command debrief-gen writes a deterministic, realistic debrief archive for
// benchmarks and tests: `debrief-gen --years 10 --seed 1 -o ten.json`, then
// `debrief import ten.json`. The same flags always give the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/archive/gen"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/safefile"
)

func main() {
	years := flag.Int("years", 10, "years of shifts to generate")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same archive")
	endFlag := flag.String("end", "2026-11-25", "date of the last day generated (YYYY-MM-DD)")
	out := flag.String("o", "-", "output file (- for standard output)")
	flag.Parse()
	if flag.NArg() > 0 || *years < 0 || *years > 1000 {
		fmt.Fprintln(os.Stderr, "debrief-gen: usage: debrief-gen [--years N (0–1000)] [--seed S] [--end YYYY-MM-DD] [-o FILE]")
		os.Exit(2)
	}
	end, err := journal.ParseDate(*endFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "debrief-gen: --end:", err)
		os.Exit(2)
	}
	if journal.DateOf(end.Time().AddDate(-*years, 0, 0)) < journal.NewDate(1900, 1, 2) {
		fmt.Fprintln(os.Stderr, "debrief-gen: the journal would start before 1900; use fewer --years or a later --end")
		os.Exit(2)
	}
	a := gen.Journal(*years, *seed, end)
	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		if err := archive.Encode(bw, a); err != nil {
			return err
		}
		return bw.Flush()
	}
	if *out == "-" {
		err = write(os.Stdout)
	} else {
		err = safefile.Write(*out, 0o600, write)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "debrief-gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "debrief-gen: %d shifts, %d days off, %d ideas, %d weekly reviews\n",
		len(a.Entries), len(a.DaysOff), len(a.Ideas), len(a.WeeklyReviews))
}
