package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefaultFileParsesToDefaults(t *testing.T) {
	cfg, err := Parse("config.toml", []byte(DefaultFile))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DayStartsAt != "05:00" || len(cfg.Schedule.Workdays) != 5 || cfg.Schedule.ShiftEnd != "18:00" || !cfg.SignalsOn() || cfg.Backup.Keep != 7 {
		t.Errorf("defaults: %+v", cfg)
	}
	if !cfg.IsWorkday(time.Monday) || cfg.IsWorkday(time.Sunday) {
		t.Errorf("workdays wrong")
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	cases := []struct {
		text string
		line int
	}{
		{"lang = \"zh\"\nday_starts_at = 5\n", 2},
		{"lang = \"fr\"\n", 1},
		{"\n\n[schedule]\nworkdays = [\"monday\"]\n", 4},
		{"day_starts_at = \"25:00\"\n", 1},
		{"lang = \"zh\"\ncolour = true\n", 2},
		{"lang = \n", 1},
	}
	for _, c := range cases {
		_, err := Parse("c.toml", []byte(c.text))
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != c.line {
			t.Errorf("%q: got %v, want line %d", c.text, err, c.line)
		}
	}
}

func TestLoadCreatesCommentedDefaults(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "config.toml")
	_, created, err := Load(path)
	if err != nil || !created {
		t.Fatalf("created=%v err=%v", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("config file mode: %v %v", fi, err)
	}
	_, created, err = Load(path)
	if err != nil || created {
		t.Errorf("second load: created=%v err=%v", created, err)
	}
}

func TestToday(t *testing.T) {
	cfg := Default()
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	now := time.Date(2026, 11, 25, 3, 0, 0, 0, time.Local)
	if d, _ := cfg.Today(now, getenv); d.String() != "2026-11-24" {
		t.Errorf("03:00 belongs to yesterday, got %s", d)
	}
	env["DEBRIEF_TODAY"] = "2024-02-29"
	if d, _ := cfg.Today(now, getenv); d.String() != "2024-02-29" {
		t.Errorf("override: %s", d)
	}
	env["DEBRIEF_TODAY"] = "2026-02-30"
	if _, err := cfg.Today(now, getenv); err == nil {
		t.Errorf("bad override accepted")
	}
}

// TestClock: with DEBRIEF_TODAY the clock keeps the time of day and moves
// to the simulated date; without it, or with a bad value, it is the wall
// clock.
func TestClock(t *testing.T) {
	cfg := Default()
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	wall := time.Date(2026, 11, 25, 14, 30, 5, 0, time.UTC)
	now := func() time.Time { return wall }
	if got := cfg.Clock(now, getenv)(); !got.Equal(wall) {
		t.Errorf("no override: %v", got)
	}
	env["DEBRIEF_TODAY"] = "2016-03-07"
	if got := cfg.Clock(now, getenv)(); !got.Equal(time.Date(2016, 3, 7, 14, 30, 5, 0, time.UTC)) {
		t.Errorf("override: %v", got)
	}
	env["DEBRIEF_TODAY"] = "2026-02-30"
	if got := cfg.Clock(now, getenv)(); !got.Equal(wall) {
		t.Errorf("bad override: %v", got)
	}
}

func TestResolve(t *testing.T) {
	env := map[string]string{"HOME": "/home/a", "XDG_DATA_HOME": "/d"}
	p := Resolve(func(k string) string { return env[k] }, "")
	if p.DB != "/d/debrief/journal.db" || p.Config != "/home/a/.config/debrief/config.toml" || p.Backups != "/d/debrief/backups" {
		t.Errorf("paths: %+v", p)
	}
	env["DEBRIEF_DB"] = "/x.db"
	if p := Resolve(func(k string) string { return env[k] }, "/flag.db"); p.DB != "/flag.db" {
		t.Errorf("flag should win: %s", p.DB)
	}
}

func TestImportLimit(t *testing.T) {
	cfg, err := Parse("c.toml", []byte("[import]\nmax_size_mib = 1024\n"))
	if err != nil || cfg.Import.MaxBytes() != 1<<30 {
		t.Errorf("1024 MiB: %v %d", err, cfg.Import.MaxBytes())
	}
	if Default().Import.MaxBytes() != 256<<20 {
		t.Errorf("default limit %d", Default().Import.MaxBytes())
	}
	for _, bad := range []string{"max_size_mib = 0", "max_size_mib = -5", "max_size_mib = 2000000"} {
		_, err := Parse("c.toml", []byte("[import]\n"+bad+"\n"))
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != 2 {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

// TestSetProfile: config set writes the profile into the file, keeping
// every other line and comment, replaces it the second time, adds the
// section to an older file that lacks it, and refuses what is not a name.
func TestSetProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "debrief", "config.toml")
	if err := Set(path, "profile.name", "小王"); err != nil {
		t.Fatal(err)
	}
	if err := Set(path, "profile.team", "售后二组 \"B\""); err != nil {
		t.Fatal(err)
	}
	if err := Set(path, "profile.name", " 王小明 "); err != nil {
		t.Fatal(err)
	}
	cfg, _, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Profile != (Profile{Name: "王小明", Team: "售后二组 \"B\""}) {
		t.Errorf("profile %+v", cfg.Profile)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "# When a new working day begins") || strings.Count(string(data), "name = ") != 1 {
		t.Errorf("the file lost its comments or holds the key twice:\n%s", data)
	}
	old := filepath.Join(t.TempDir(), "old.toml")
	os.WriteFile(old, []byte("lang = \"zh\"\n\n[backup]\nkeep = 3\n"), 0o600)
	if err := Set(old, "profile.team", "夜班组"); err != nil {
		t.Fatal(err)
	}
	cfg, _, err = Load(old)
	if err != nil || cfg.Profile.Team != "夜班组" || cfg.Backup.Keep != 3 || cfg.Lang != "zh" {
		t.Errorf("older file: %+v %v", cfg, err)
	}
	for _, bad := range []struct{ key, v string }{{"profile.name", "a\nb"}, {"profile.name", strings.Repeat("名", 41)}, {"lang", "en"}} {
		if err := Set(old, bad.key, bad.v); err == nil {
			t.Errorf("Set(%s, %q) accepted", bad.key, bad.v)
		}
	}
}

func TestParseErrorsNameTheKeyNotTheGoType(t *testing.T) {
	cases := []struct {
		text, reason, key, value, maybe string
		line                            int
	}{
		{"lang = \"en\"\nshedule = 1\n", ReasonUnknown, "shedule", "", "schedule", 2},
		{"day_start = \"05:00\"\n", ReasonUnknown, "day_start", "", "day_starts_at", 1},
		{"[schedule]\nworkdays = \"mon\"\n", ReasonValue, "schedule.workdays", "\"mon\"", "", 2},
		{"[backup]\nkeep = 0\n", ReasonValue, "backup.keep", "0", "", 2},
		{"colourful = true\n", ReasonUnknown, "colourful", "", "", 1},
	}
	for _, c := range cases {
		_, err := Parse("c.toml", []byte(c.text))
		var ce *Error
		if !errors.As(err, &ce) {
			t.Fatalf("%q: %v", c.text, err)
		}
		if ce.Reason != c.reason || ce.Key != c.key || ce.Value != c.value || ce.Maybe != c.maybe || ce.Line != c.line {
			t.Errorf("%q: got %+v", c.text, *ce)
		}
		for _, goWord := range []string{"string", "int", "[]", "struct", "decode"} {
			if strings.Contains(ce.Error(), goWord) {
				t.Errorf("%q: %q names a Go type (%s)", c.text, ce.Error(), goWord)
			}
		}
	}
}

func TestRotation(t *testing.T) {
	text := "[schedule]\nrotation = [\"day\", \"day\", \"night\", \"night\", \"off\", \"off\"]\nrotation_start = \"2026-11-01\"\n"
	cfg, err := Parse("c.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	kinds, start := cfg.Rotation()
	if len(kinds) != 6 || kinds[2] != "night" || start.String() != "2026-11-01" {
		t.Errorf("rotation %v from %s", kinds, start)
	}
	// The default weekdays give way to the rotation.
	if cfg.Workdays() != [7]bool{} {
		t.Errorf("workdays kept beside a rotation: %v", cfg.Workdays())
	}
	if d := Default(); len(d.Schedule.Rotation) != 0 {
		t.Errorf("default has a rotation: %v", d.Schedule.Rotation)
	}
}

func TestRotationErrorsNameTheLine(t *testing.T) {
	cases := []struct {
		text string
		line int
		rule string
	}{
		{"[schedule]\nworkdays = [\"mon\"]\nrotation = [\"day\", \"off\"]\nrotation_start = \"2026-11-01\"\n", 3, "schedule.rotation.both"},
		{"[schedule]\nrotation = [\"day\", \"late\"]\nrotation_start = \"2026-11-01\"\n", 2, "schedule.rotation"},
		{"[schedule]\nrotation = [\"off\", \"off\"]\nrotation_start = \"2026-11-01\"\n", 2, "schedule.rotation.no_work"},
		{"[schedule]\nrotation = [\"day\"]\n", 2, "schedule.rotation.needs_start"},
		{"[schedule]\nrotation = [\"day\"]\nrotation_start = \"2026-02-30\"\n", 3, "schedule.rotation_start"},
		{"[schedule]\nrotation_start = \"2026-11-01\"\n", 2, "schedule.rotation_start.alone"},
		{"[schedule]\nrotation = []\n", 2, "schedule.rotation"},
	}
	for _, c := range cases {
		_, err := Parse("c.toml", []byte(c.text))
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != c.line || ce.Reason != ReasonValue || ce.Rule != c.rule {
			t.Errorf("%q: got %+v, want line %d breaking %q", c.text, ce, c.line, c.rule)
		}
	}
}
