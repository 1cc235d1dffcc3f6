package config

import (
	"os"
	"path/filepath"
)

// Paths are where debrief keeps its files, following the XDG base
// directories.
type Paths struct {
	Config  string // config.toml
	DataDir string // $XDG_DATA_HOME/debrief
	DB      string // the journal
	Backups string // rolling and manual backups
}

// Resolve finds the paths from the environment: DEBRIEF_CONFIG and
// DEBRIEF_DB override the file locations; dbFlag (--db) overrides both the
// default and DEBRIEF_DB.
func Resolve(getenv func(string) string, dbFlag string) Paths {
	home := getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	dataHome := getenv("XDG_DATA_HOME")
	if dataHome == "" || !filepath.IsAbs(dataHome) {
		dataHome = filepath.Join(home, ".local", "share")
	}
	configHome := getenv("XDG_CONFIG_HOME")
	if configHome == "" || !filepath.IsAbs(configHome) {
		configHome = filepath.Join(home, ".config")
	}
	p := Paths{
		Config:  filepath.Join(configHome, "debrief", "config.toml"),
		DataDir: filepath.Join(dataHome, "debrief"),
	}
	p.DB = filepath.Join(p.DataDir, "journal.db")
	p.Backups = filepath.Join(p.DataDir, "backups")
	if v := getenv("DEBRIEF_CONFIG"); v != "" {
		p.Config = v
	}
	if v := getenv("DEBRIEF_DB"); v != "" {
		p.DB = v
	}
	if dbFlag != "" {
		p.DB = dbFlag
	}
	return p
}
