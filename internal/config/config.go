// Package config owns debrief's settings: the TOML file (created with
// commented defaults on first run), the XDG locations of the journal, the
// backups and the config itself, the work schedule and the rule of "today".
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/debrief-app/debrief/internal/journal"
	"github.com/pelletier/go-toml/v2"
)

// Config is the content of config.toml.
type Config struct {
	Lang        string    `toml:"lang"`
	DayStartsAt string    `toml:"day_starts_at"`
	Schedule    Schedule  `toml:"schedule"`
	Wellbeing   Wellbeing `toml:"wellbeing"`
	Backup      Backup    `toml:"backup"`
	Import      Import    `toml:"import"`
}

// Schedule is the person's working pattern: either weekdays (Workdays) or
// a repeating rotation of shift kinds and days off (Rotation, anchored at
// RotationStart), never both.
type Schedule struct {
	Workdays      []string `toml:"workdays"`
	Rotation      []string `toml:"rotation"`
	RotationStart string   `toml:"rotation_start"`
	ShiftEnd      string   `toml:"shift_end"`
}

// maxRotation bounds a rotation's length: a year is already more than any
// real roster repeats over.
const maxRotation = 366

// Wellbeing switches the gentle wellbeing signal.
type Wellbeing struct {
	Signals *bool `toml:"signals"`
}

// Backup says how many rolling daily backups to keep.
type Backup struct {
	Keep int `toml:"keep"`
}

// Import bounds what `debrief import` reads: a file larger than
// MaxSizeMiB is refused before anything is read.
type Import struct {
	MaxSizeMiB int `toml:"max_size_mib"`
}

// MaxBytes is the import limit in bytes.
func (i Import) MaxBytes() int64 { return int64(i.MaxSizeMiB) << 20 }

// Weekday names as written in the config.
var weekdayNames = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// Default is the configuration of a fresh install.
func Default() Config {
	return Config{
		DayStartsAt: "05:00",
		Schedule:    Schedule{Workdays: []string{"mon", "tue", "wed", "thu", "fri"}, ShiftEnd: "18:00"},
		Backup:      Backup{Keep: 7},
		Import:      Import{MaxSizeMiB: 256},
	}
}

// DefaultFile is written on first run: every setting, commented, in both
// languages.
const DefaultFile = `# debrief 配置 / debrief configuration
# 修改后下次启动生效。Changes apply the next time debrief starts.

# 界面语言: "zh" 或 "en";留空则跟随系统 (LC_ALL / LC_MESSAGES / LANG)。
# UI language: "zh" or "en"; empty follows the locale.
lang = ""

# 新的一天从几点开始:之前的时间算作前一天的班次(夜班 22:00–06:00 属于开始那天)。
# When a new working day begins: before it, "today" is still yesterday's shift.
day_starts_at = "05:00"

[schedule]
# 上班的日子(小写三字母:mon tue wed thu fri sat sun)。休息日不会打断连续记录。
# Working days (mon tue wed thu fri sat sun). Rest days never break a streak.
workdays = ["mon", "tue", "wed", "thu", "fri"]
# 轮班（与 workdays 二选一，删掉上面的 workdays 再启用）：按顺序循环的班次，
# day（白班）、evening（中班）、night（夜班）、other（其他）或 off（休息）；
# rotation_start 是第一个班次的日期，向前向后循环。例如“两白两夜休两天”：
# Rotating shifts (instead of workdays: delete the workdays line first): the
# cycle's days in order — day, evening, night, other or off — repeating
# forwards and backwards from rotation_start, the date of its first day.
# rotation = ["day", "day", "night", "night", "off", "off"]
# rotation_start = "2026-11-01"
# 通常几点下班:debrief remind 在此之后提醒。
# When a shift usually ends: debrief remind nudges after it.
shift_end = "18:00"

[wellbeing]
# 连续高压力或情绪低落时给出温和提醒(不是诊断)。设为 false 关闭。
# A gentle nudge when stress stays high or mood stays low (never a diagnosis).
signals = true

[backup]
# 每天第一次写入时自动备份,保留最近几份。
# A checked backup on the first write of each day; how many to keep.
keep = 7

[import]
# debrief import 读取的备份文件大小上限（MiB）。
# The largest archive debrief import reads, in MiB.
max_size_mib = 256
`

// Error is a problem in the config file, with the line it is on (0 when
// the problem is not tied to a line).
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads the config at path, creating it with commented defaults when it
// does not exist. created reports whether it was just written.
func Load(path string) (cfg Config, created bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if err := writeDefault(path); err != nil {
			// A read-only home must not stop the journal: run on defaults.
			return Default(), false, nil
		}
		return Default(), true, nil
	}
	if err != nil {
		return Config{}, false, &Error{File: path, Msg: err.Error()}
	}
	cfg, err = Parse(path, data)
	return cfg, false, err
}

func writeDefault(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(DefaultFile); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Parse decodes and checks config text. Unknown keys are errors, so a typo
// never silently does nothing.
func Parse(file string, data []byte) (Config, error) {
	cfg := Default()
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			return Config{}, &Error{File: file, Line: row, Msg: de.Error()}
		}
		var sm *toml.StrictMissingError
		if errors.As(err, &sm) && len(sm.Errors) > 0 {
			row, _ := sm.Errors[0].Position()
			return Config{}, &Error{File: file, Line: row, Msg: "unknown setting " + strings.Join(sm.Errors[0].Key(), ".")}
		}
		return Config{}, &Error{File: file, Msg: err.Error()}
	}
	if err := cfg.check(data); err != nil {
		err.File = file
		return Config{}, err
	}
	return cfg, nil
}

// check validates values and points at the line of the offending key.
func (c *Config) check(data []byte) *Error {
	if c.Lang != "" && c.Lang != "zh" && c.Lang != "en" {
		return &Error{Line: lineOf(data, "lang"), Msg: fmt.Sprintf("lang = %q: use \"zh\", \"en\" or \"\"", c.Lang)}
	}
	if _, err := journal.ParseClock(c.DayStartsAt); err != nil {
		return &Error{Line: lineOf(data, "day_starts_at"), Msg: "day_starts_at: " + err.Error()}
	}
	if _, err := journal.ParseClock(c.Schedule.ShiftEnd); err != nil {
		return &Error{Line: lineOf(data, "shift_end"), Msg: "shift_end: " + err.Error()}
	}
	for _, d := range c.Schedule.Workdays {
		if !slices.Contains(weekdayNames, d) {
			return &Error{Line: lineOf(data, "workdays"), Msg: fmt.Sprintf("workdays: %q is not one of mon tue wed thu fri sat sun", d)}
		}
	}
	if err := c.checkRotation(data); err != nil {
		return err
	}
	if c.Import.MaxSizeMiB < 1 || c.Import.MaxSizeMiB > 1<<20 {
		return &Error{Line: lineOf(data, "max_size_mib"), Msg: fmt.Sprintf("max_size_mib = %d: use a number from 1 to %d", c.Import.MaxSizeMiB, 1<<20)}
	}
	if c.Backup.Keep < 1 || c.Backup.Keep > 365 {
		return &Error{Line: lineOf(data, "keep"), Msg: fmt.Sprintf("keep = %d: use a number from 1 to 365", c.Backup.Keep)}
	}
	return nil
}

// lineOf finds the 1-based line where key is assigned (0 if not found).
func lineOf(data []byte, key string) int {
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, key) && strings.HasPrefix(strings.TrimSpace(t[len(key):]), "=") {
			return i + 1
		}
	}
	return 0
}

// DayStart is the clock time a new working day begins.
func (c *Config) DayStart() journal.Clock {
	v, err := journal.ParseClock(c.DayStartsAt)
	if err != nil {
		return 5 * 60
	}
	return v
}

// ShiftEndClock is the clock time a shift usually ends.
func (c *Config) ShiftEndClock() journal.Clock {
	v, err := journal.ParseClock(c.Schedule.ShiftEnd)
	if err != nil {
		return 18 * 60
	}
	return v
}

// checkRotation validates the rotation and its anchor. The defaults hold
// workdays, so "both at once" is decided on the file's text: a rotation
// and a workdays line written together.
func (c *Config) checkRotation(data []byte) *Error {
	s := &c.Schedule
	line := lineOf(data, "rotation")
	if len(s.Rotation) == 0 {
		if s.RotationStart != "" {
			return &Error{Line: lineOf(data, "rotation_start"), Msg: "rotation_start is set without rotation: add rotation = [\"day\", \"off\", …] or remove rotation_start"}
		}
		if line > 0 {
			return &Error{Line: line, Msg: "rotation is empty: list the shift kinds and off days, or remove the line"}
		}
		return nil
	}
	if wl := lineOf(data, "workdays"); wl > 0 {
		return &Error{Line: line, Msg: fmt.Sprintf("rotation and workdays (line %d) are both set: keep one of them", wl)}
	}
	if len(s.Rotation) > maxRotation {
		return &Error{Line: line, Msg: fmt.Sprintf("rotation has %d days: use at most %d", len(s.Rotation), maxRotation)}
	}
	working := false
	for _, k := range s.Rotation {
		if k != journal.RotationOff && !slices.Contains(journal.ShiftKinds, k) {
			return &Error{Line: line, Msg: fmt.Sprintf("rotation: %q is not one of day evening night other off", k)}
		}
		working = working || k != journal.RotationOff
	}
	if !working {
		return &Error{Line: line, Msg: "rotation has no working day: name at least one of day evening night other"}
	}
	if s.RotationStart == "" {
		return &Error{Line: line, Msg: "rotation needs rotation_start = \"YYYY-MM-DD\", the date of its first day"}
	}
	if _, err := journal.ParseDate(s.RotationStart); err != nil {
		return &Error{Line: lineOf(data, "rotation_start"), Msg: "rotation_start: " + err.Error()}
	}
	s.Workdays = nil
	return nil
}

// Rotation returns the rotation (nil when the schedule is by weekdays) and
// the date of its first element.
func (c *Config) Rotation() ([]string, journal.Date) {
	if len(c.Schedule.Rotation) == 0 {
		return nil, 0
	}
	start, err := journal.ParseDate(c.Schedule.RotationStart)
	if err != nil {
		return nil, 0
	}
	return c.Schedule.Rotation, start
}

// IsWorkday reports whether the weekday is in the schedule.
func (c *Config) IsWorkday(w time.Weekday) bool {
	return slices.Contains(c.Schedule.Workdays, weekdayNames[w])
}

// Workdays returns the schedule as a weekday set.
func (c *Config) Workdays() [7]bool {
	var set [7]bool
	for w := range 7 {
		set[w] = c.IsWorkday(time.Weekday(w))
	}
	return set
}

// SignalsOn reports whether the wellbeing signal is enabled (default on).
func (c *Config) SignalsOn() bool {
	return c.Wellbeing.Signals == nil || *c.Wellbeing.Signals
}

// Today is the shift date of "now": DEBRIEF_TODAY when set (backfilling,
// reproducible tests), otherwise the local date shifted back a day before
// day_starts_at.
func (c *Config) Today(now time.Time, getenv func(string) string) (journal.Date, error) {
	if v := getenv("DEBRIEF_TODAY"); v != "" {
		d, err := journal.ParseDate(v)
		if err != nil {
			return 0, fmt.Errorf("DEBRIEF_TODAY: %w", err)
		}
		return d, nil
	}
	return journal.ShiftDate(now, c.DayStart()), nil
}
