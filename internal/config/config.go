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
	"strconv"
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
	Profile     Profile   `toml:"profile"`
}

// Profile is who the person is on exports for others: both optional.
type Profile struct {
	Name string `toml:"name"`
	Team string `toml:"team"`
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

# 界面语言："zh" 或 "en"；留空则跟随系统（LC_ALL / LC_MESSAGES / LANG）。
# UI language: "zh" or "en"; empty follows the locale.
lang = ""

# 新的一天从几点开始：之前的时间算作前一天的班次（夜班 22:00–06:00 属于开始那天）。
# When a new working day begins: before it, "today" is still yesterday's shift.
day_starts_at = "05:00"

[schedule]
# 上班的日子（小写三字母：mon tue wed thu fri sat sun）。休息日不会打断连续记录。
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
# 通常几点下班：debrief remind 在此之后提醒。
# When a shift usually ends: debrief remind nudges after it.
shift_end = "18:00"

[wellbeing]
# 连续高压力或情绪低落时给出温和提醒（不是诊断）。设为 false 关闭。
# A gentle nudge when stress stays high or mood stays low (never a diagnosis).
signals = true

[backup]
# 每天第一次写入时自动备份，保留最近几份。
# A checked backup on the first write of each day; how many to keep.
keep = 7

[import]
# debrief import 读取的备份文件大小上限（MiB）。
# The largest archive debrief import reads, in MiB.
max_size_mib = 256

[profile]
# 给别人看的导出（经理、回顾、团队）顶部写上你的名字和组，可不填。
# Your name and team, shown at the top of exports for others; optional.
# debrief config set profile.name 小王
name = ""
team = ""
`

// Error is a problem in the config file, in terms a person can act on:
// the setting, the line it is on and what is wrong with it (never the
// decoder's words, which name Go types). The command line words it in the
// person's language from Reason and Key.
type Error struct {
	File   string
	Line   int    // 1-based; 0 when the problem is not tied to a line
	Reason string // one of the Reason constants
	// Key is the setting, dotted ("schedule.workdays"; "schedule" for a
	// table). Table is true when it was written as a [table] header.
	Key   string
	Table bool
	Value string // the line's value as written (or the whole line, for ReasonSyntax)
	Maybe string // ReasonUnknown: the known setting it is probably a typo of
	// Rule is what the value must be, a catalog config.want.* key; empty
	// means Key's own rule.
	Rule string
	Err  error // ReasonRead: why the file could not be read
}

// What can be wrong with the config file.
const (
	ReasonUnknown = "unknown" // a key debrief does not know: a typo
	ReasonValue   = "value"   // a value of the wrong kind, or out of range
	ReasonSyntax  = "syntax"  // the line is not TOML
	ReasonRead    = "read"    // the file cannot be read
)

func (e *Error) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	switch e.Reason {
	case ReasonUnknown:
		return fmt.Sprintf("%s: unknown key %q", where, e.Key)
	case ReasonValue:
		return fmt.Sprintf("%s: %s = %s is not allowed", where, e.Key, e.Value)
	case ReasonRead:
		return fmt.Sprintf("%s: %v", where, e.Err)
	}
	return fmt.Sprintf("%s: not valid TOML: %s", where, e.Value)
}

// ErrToday: DEBRIEF_TODAY is set to something that is not a date.
var ErrToday = errors.New("DEBRIEF_TODAY is not a date")

// Keys lists every setting the file may hold, dotted, tables included.
func Keys() []string {
	return []string{"lang", "day_starts_at", "schedule", "schedule.workdays", "schedule.shift_end",
		"schedule.rotation", "schedule.rotation_start", "wellbeing", "wellbeing.signals", "backup", "backup.keep", "import", "import.max_size_mib",
		"profile", "profile.name", "profile.team"}
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
		return Config{}, false, &Error{File: path, Reason: ReasonRead, Err: err}
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
		e := decodeError(data, err)
		e.File = file
		return Config{}, e
	}
	if err := cfg.check(data); err != nil {
		err.File = file
		return Config{}, err
	}
	return cfg, nil
}

// decodeError turns the TOML decoder's error into an Error.
func decodeError(data []byte, err error) *Error {
	var sm *toml.StrictMissingError
	if errors.As(err, &sm) && len(sm.Errors) > 0 {
		row, _ := sm.Errors[0].Position()
		key := strings.Join(sm.Errors[0].Key(), ".")
		return &Error{Line: row, Reason: ReasonUnknown, Key: key, Table: isTable(lineAt(data, row)), Maybe: nearestKey(key)}
	}
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return &Error{Reason: ReasonSyntax, Value: err.Error()}
	}
	row, _ := de.Position()
	line := lineAt(data, row)
	if key := de.Key(); len(key) > 0 {
		// The value is of the wrong kind ("mon" where a list belongs).
		_, value, _ := strings.Cut(line, "=")
		return &Error{Line: row, Reason: ReasonValue, Key: strings.Join(key, "."), Value: strings.TrimSpace(value), Table: isTable(line)}
	}
	return &Error{Line: row, Reason: ReasonSyntax, Value: line}
}

// check validates values and points at the line of the offending key.
func (c *Config) check(data []byte) *Error {
	bad := func(key, value string) *Error {
		return &Error{Line: lineOf(data, key[strings.LastIndex(key, ".")+1:]), Reason: ReasonValue, Key: key, Value: value}
	}
	if c.Lang != "" && c.Lang != "zh" && c.Lang != "en" {
		return bad("lang", strconv.Quote(c.Lang))
	}
	if _, err := journal.ParseClock(c.DayStartsAt); err != nil {
		return bad("day_starts_at", strconv.Quote(c.DayStartsAt))
	}
	if _, err := journal.ParseClock(c.Schedule.ShiftEnd); err != nil {
		return bad("schedule.shift_end", strconv.Quote(c.Schedule.ShiftEnd))
	}
	for _, d := range c.Schedule.Workdays {
		if !slices.Contains(weekdayNames, d) {
			return bad("schedule.workdays", strconv.Quote(d))
		}
	}
	if err := c.checkRotation(data); err != nil {
		return err
	}
	if c.Import.MaxSizeMiB < 1 || c.Import.MaxSizeMiB > 1<<20 {
		return bad("import.max_size_mib", strconv.Itoa(c.Import.MaxSizeMiB))
	}
	for _, f := range []struct{ key, v string }{{"name", c.Profile.Name}, {"team", c.Profile.Team}} {
		if msg := checkProfileValue(f.v); msg != "" {
			return bad("profile."+f.key, strconv.Quote(f.v))
		}
	}
	if c.Backup.Keep < 1 || c.Backup.Keep > 365 {
		return bad("backup.keep", strconv.Itoa(c.Backup.Keep))
	}
	return nil
}

// lineAt is line row (1-based) of data, trimmed.
func lineAt(data []byte, row int) string {
	lines := strings.Split(string(data), "\n")
	if row < 1 || row > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[row-1])
}

func isTable(line string) bool { return strings.HasPrefix(line, "[") }

// nearestKey is the known setting key is most likely a typo of: in the
// same table, at most two letters added, dropped or changed, or cut short
// ("day_start" for "day_starts_at"); "" if none.
func nearestKey(key string) string {
	parent, name := "", key
	if i := strings.LastIndex(key, "."); i >= 0 {
		parent, name = key[:i], key[i+1:]
	}
	best, bestD := "", 3
	for _, k := range Keys() {
		p, n := "", k
		if i := strings.LastIndex(k, "."); i >= 0 {
			p, n = k[:i], k[i+1:]
		}
		if p != parent {
			continue
		}
		d := editDistance(name, n)
		if len(name) >= 3 && strings.HasPrefix(n, name) {
			d = min(d, 2)
		}
		if d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance counts the letters to add, drop or change to turn a into b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
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
	// bad: the rotation (or rotation_start) line breaks rule, a catalog
	// config.want.* key the command line words.
	bad := func(key, rule string) *Error {
		name := key[strings.LastIndex(key, ".")+1:]
		line := lineOf(data, name)
		_, value, _ := strings.Cut(lineAt(data, line), "=")
		return &Error{Line: line, Reason: ReasonValue, Key: key, Value: strings.TrimSpace(value), Rule: rule}
	}
	if len(s.Rotation) == 0 {
		if s.RotationStart != "" {
			return bad("schedule.rotation_start", "schedule.rotation_start.alone")
		}
		if lineOf(data, "rotation") > 0 {
			return bad("schedule.rotation", "schedule.rotation")
		}
		return nil
	}
	if lineOf(data, "workdays") > 0 {
		return bad("schedule.rotation", "schedule.rotation.both")
	}
	if len(s.Rotation) > maxRotation {
		return bad("schedule.rotation", "schedule.rotation.too_long")
	}
	working := false
	for _, k := range s.Rotation {
		if k != journal.RotationOff && !slices.Contains(journal.ShiftKinds, k) {
			return bad("schedule.rotation", "schedule.rotation")
		}
		working = working || k != journal.RotationOff
	}
	if !working {
		return bad("schedule.rotation", "schedule.rotation.no_work")
	}
	if s.RotationStart == "" {
		return bad("schedule.rotation", "schedule.rotation.needs_start")
	}
	if _, err := journal.ParseDate(s.RotationStart); err != nil {
		return bad("schedule.rotation_start", "schedule.rotation_start")
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

// Clock is the clock of every timestamp debrief writes (an entry's and an
// idea's created/updated times, a jot's time, a backup's name): now, or,
// when DEBRIEF_TODAY is set, now's time of day on that date. So a
// simulated day's records say they were written that day, and "updated
// this week" agrees with the simulated days. An invalid DEBRIEF_TODAY
// leaves now as it is: Today reports the error.
func (c *Config) Clock(now func() time.Time, getenv func(string) string) func() time.Time {
	v := getenv("DEBRIEF_TODAY")
	if v == "" {
		return now
	}
	d, err := journal.ParseDate(v)
	if err != nil {
		return now
	}
	y, m, day := d.Parts()
	return func() time.Time {
		t := now()
		return time.Date(y, m, day, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	}
}

// Today is the shift date of "now": DEBRIEF_TODAY when set (backfilling,
// reproducible tests), otherwise the local date shifted back a day before
// day_starts_at.
func (c *Config) Today(now time.Time, getenv func(string) string) (journal.Date, error) {
	if v := getenv("DEBRIEF_TODAY"); v != "" {
		d, err := journal.ParseDate(v)
		if err != nil {
			return 0, fmt.Errorf("%w: %w", ErrToday, err)
		}
		return d, nil
	}
	return journal.ShiftDate(now, c.DayStart()), nil
}
