package team

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/debrief-app/debrief/internal/report"
)

// Export is one agent's manager export as the roll-up reads it: the parts
// it merges, nothing else.
type Export struct {
	File      string          `json:"-"`
	For       report.Audience `json:"for"`
	From      journal.Date    `json:"from"`
	To        journal.Date    `json:"to"`
	Wellbeing bool            `json:"wellbeing"`
	Author    *report.Author  `json:"author"`
	Summary   *report.Summary `json:"summary"`
	TopCats   []report.Count  `json:"top_categories"`
	Shifts    []exportShift   `json:"shifts"`
	Ideas     []journal.Idea  `json:"ideas"`
}

// exportShift is the part of a shift the roll-up uses.
type exportShift struct {
	Date  journal.Date   `json:"date"`
	CSAT  *float64       `json:"csat"`
	Cases []journal.Case `json:"cases"`
}

// Skip is a file the roll-up did not merge, and why, in the reader's words
// (a Reason code and the file).
type Skip struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Why a file is skipped. The CLI words each in the person's language.
const (
	SkipIncomplete = "incomplete" // cut short: still being copied or synced
	SkipNotExport  = "not_export" // not a debrief export
	SkipPersonal   = "personal"   // --for me: holds private notes
	SkipReview     = "review"     // --for review: not a manager's export
	SkipUnreadable = "unreadable" // cannot be opened or read
	SkipDuplicate  = "duplicate"  // the same agent and range as another file
)

// maxExportBytes bounds one file: a manager's JSON of ten years is about
// 5 MiB.
const maxExportBytes = 256 << 20

// ErrNoExports: none of the files given is an export the roll-up can use.
var ErrNoExports = errors.New("no debrief manager export among the files")

// Files lists the files args name: a directory gives its *.json files
// (not its subdirectories, hidden files or a sync tool's temporary files),
// a file is taken as it is. Sorted, each once.
func Files(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, a)
			continue
		}
		des, err := os.ReadDir(a)
		if err != nil {
			return nil, err
		}
		for _, de := range des {
			n := de.Name()
			if de.IsDir() || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "~") || !strings.EqualFold(filepath.Ext(n), ".json") {
				continue
			}
			out = append(out, filepath.Join(a, n))
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Read reads the exports in files, read-only, in order. A file that is not
// a usable manager export is skipped with its reason; an agent's second
// export of the same range (a sync tool's conflicted copy) is skipped as a
// duplicate.
func Read(files []string) ([]Export, []Skip) {
	var exports []Export
	var skips []Skip
	seen := map[string]string{}
	for _, f := range files {
		e, reason := readOne(f)
		if reason != "" {
			skips = append(skips, Skip{File: f, Reason: reason})
			continue
		}
		key := fmt.Sprintf("%s\x00%s\x00%s\x00%s", Name(&e), e.teamName(), e.From, e.To)
		if _, dup := seen[key]; dup {
			skips = append(skips, Skip{File: f, Reason: SkipDuplicate})
			continue
		}
		seen[key] = f
		exports = append(exports, e)
	}
	return exports, skips
}

func readOne(file string) (Export, string) {
	f, err := os.Open(file)
	if err != nil {
		return Export{}, SkipUnreadable
	}
	defer f.Close()
	data, err := readAll(f)
	if err != nil || len(data) > maxExportBytes {
		return Export{}, SkipUnreadable
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return Export{}, SkipIncomplete
	}
	var e Export
	if err := json.Unmarshal(data, &e); err != nil {
		// Cut short (a sync tool still writing it) or something else.
		if !json.Valid(data) && looksLikeExport(data) {
			return Export{}, SkipIncomplete
		}
		return Export{}, SkipNotExport
	}
	switch {
	case e.For == report.Me:
		return Export{}, SkipPersonal
	case e.For == report.Review:
		return Export{}, SkipReview
	case e.For != report.Manager || e.Summary == nil || e.From.IsZero() || e.To.IsZero():
		return Export{}, SkipNotExport
	}
	e.File = file
	return e, ""
}

// looksLikeExport: the start of a file a sync tool is still writing (or
// that was cut short) has an export's first keys.
func looksLikeExport(data []byte) bool {
	head := data[:min(len(data), 400)]
	return bytes.Contains(head, []byte(`"lang"`)) && bytes.Contains(head, []byte(`"for"`))
}

// Name is who an export is from: the author's name, else the file's name
// without its extension.
func Name(e *Export) string {
	if e.Author != nil && e.Author.Name != "" {
		return e.Author.Name
	}
	return strings.TrimSuffix(filepath.Base(e.File), filepath.Ext(e.File))
}

func (e *Export) teamName() string {
	if e.Author == nil {
		return ""
	}
	return e.Author.Team
}

// readAll reads a file whole, sized by its length when it has one (an
// export is read in one allocation), up to maxExportBytes+1 bytes.
func readAll(f *os.File) ([]byte, error) {
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 && fi.Size() <= maxExportBytes {
		buf := make([]byte, 0, fi.Size()+1)
		for {
			n, err := f.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				return buf, nil
			}
			if err != nil {
				return nil, err
			}
			if len(buf) == cap(buf) {
				return io.ReadAll(io.MultiReader(bytes.NewReader(buf), io.LimitReader(f, maxExportBytes+1-int64(len(buf)))))
			}
		}
	}
	return io.ReadAll(io.LimitReader(f, maxExportBytes+1))
}
