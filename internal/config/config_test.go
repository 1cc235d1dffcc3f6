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
		msg  string
	}{
		{"[schedule]\nworkdays = [\"mon\"]\nrotation = [\"day\", \"off\"]\nrotation_start = \"2026-11-01\"\n", 3, "both set"},
		{"[schedule]\nrotation = [\"day\", \"late\"]\nrotation_start = \"2026-11-01\"\n", 2, `"late" is not one of`},
		{"[schedule]\nrotation = [\"off\", \"off\"]\nrotation_start = \"2026-11-01\"\n", 2, "no working day"},
		{"[schedule]\nrotation = [\"day\"]\n", 2, "needs rotation_start"},
		{"[schedule]\nrotation = [\"day\"]\nrotation_start = \"2026-02-30\"\n", 3, "rotation_start"},
		{"[schedule]\nrotation_start = \"2026-11-01\"\n", 2, "without rotation"},
		{"[schedule]\nrotation = []\n", 2, "empty"},
	}
	for _, c := range cases {
		_, err := Parse("c.toml", []byte(c.text))
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != c.line || !strings.Contains(ce.Msg, c.msg) {
			t.Errorf("%q: got %v, want line %d with %q", c.text, err, c.line, c.msg)
		}
	}
}
