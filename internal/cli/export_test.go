package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-app/debrief/internal/archive"
	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/store"
)

func init() {
	// debrief-mode FILE prints FILE's permission bits in octal (scripts
	// check that exports are private).
	helpers["debrief-mode"] = func() {
		fi, err := os.Stat(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%o\n", fi.Mode().Perm())
		os.Exit(0)
	}
}

// TestExportCanaryEveryAudienceAndFormat runs the real command for every
// audience × format × language, with and without wellbeing, to stdout and
// with -o: a canary written in the vent of every entry never appears in a
// manager's or a review's output, on stderr, in the written file, or in
// any file name left in the directory; it always appears for me.
func TestExportCanaryEveryAudienceAndFormat(t *testing.T) {
	const canary = "VENTCANARY8d1f"
	data := t.TempDir()
	var entries []journal.Entry
	for d := journal.Date(20261101); d <= 20261124; d = d.AddDays(1) {
		c := 40
		entries = append(entries, journal.Entry{ShiftDate: d, Shift: "day", Mood: 3, Stress: 4, Contacts: &c,
			Helped: []string{"帮顾客改地址"}, Cases: []journal.Case{{Title: "催发货", Outcome: "resolved", Need: "急用"}},
			Vent: "气死了 " + canary, CreatedAt: time.Now(), UpdatedAt: time.Now()})
	}
	err := store.Write(filepath.Join(data, "debrief", "journal.db"), store.Options{}, func(tx *store.Tx) error {
		_, err := archive.Apply(tx, &archive.Archive{Format: archive.Format, Version: archive.Version, Entries: entries}, false, false, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": t.TempDir(), "DEBRIEF_TODAY": "2026-11-25"}
	getenv := func(k string) string { return env[k] }
	for _, who := range []string{"manager", "review", "me"} {
		for _, format := range []string{"md", "csv", "html", "json"} {
			for _, lang := range []string{"zh", "en"} {
				for _, wb := range []bool{false, true} {
					args := []string{"export", "--lang", lang, "--for", who, "--format", format, "--from", "2026-11-01", "--to", "2026-11-30"}
					if wb {
						args = append(args, "--include-wellbeing")
					}
					name := strings.Join(args[1:], " ")
					var out, errb bytes.Buffer
					if code := Run(args, nil, &out, &errb, getenv, time.Now); code != 0 {
						t.Fatalf("%s: exit %d: %s", name, code, errb.String())
					}
					dir := t.TempDir()
					file := filepath.Join(dir, "export."+format)
					var out2, errb2 bytes.Buffer
					if code := Run(append(args, "-o", file), nil, &out2, &errb2, getenv, time.Now); code != 0 {
						t.Fatalf("%s -o: exit %d: %s", name, code, errb2.String())
					}
					content, err := os.ReadFile(file)
					if err != nil {
						t.Fatal(err)
					}
					if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
						t.Errorf("%s: mode %o", name, fi.Mode().Perm())
					}
					if !bytes.Equal(content, out.Bytes()) {
						t.Errorf("%s: the file differs from stdout", name)
					}
					names, _ := os.ReadDir(dir)
					if len(names) != 1 {
						t.Errorf("%s: files left: %v", name, names)
					}
					all := out.String() + errb.String() + out2.String() + errb2.String() + string(content) + names[0].Name()
					if has := strings.Contains(all, canary); has != (who == "me") {
						t.Errorf("%s: canary present=%v", name, has)
					}
					if who == "me" {
						continue
					}
					// Stress was 4 on every shift: it shows only when included.
					if format == "json" && strings.Contains(out.String(), `"stress`) != wb {
						t.Errorf("%s: stress present=%v", name, !wb)
					}
				}
			}
		}
	}
}
