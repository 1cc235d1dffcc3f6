package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debrief-app/debrief/internal/safefile"
)

// Settable are the keys `debrief config set` changes: the profile, which
// a person sets once and which has no better place in the app.
var Settable = []string{"profile.name", "profile.team"}

// maxProfileRunes bounds a name or a team: a heading line, not a text.
const maxProfileRunes = 40

// checkProfileValue says what is wrong with a name or team ("" if nothing):
// one line of printable text, at most maxProfileRunes characters.
func checkProfileValue(v string) string {
	if !utf8.ValidString(v) || strings.ContainsFunc(v, func(r rune) bool { return unicode.IsControl(r) }) {
		return "use one line of text, without control characters"
	}
	if n := utf8.RuneCountInString(v); n > maxProfileRunes {
		return fmt.Sprintf("%d characters; use at most %d", n, maxProfileRunes)
	}
	return ""
}

// ValidProfile says whether v (trimmed) can be a name or a team.
func ValidProfile(v string) bool { return checkProfileValue(strings.TrimSpace(v)) == "" }

// ErrNotSettable is returned by Set for a key it does not change.
var ErrNotSettable = fmt.Errorf("not a setting config set changes (%s)", strings.Join(Settable, ", "))

// Set writes key = value into the config file at path, keeping every
// other line and comment as it is: the key's line is replaced, or added
// under its [section] (the section added at the end when missing). The
// new file is checked by Parse before it replaces the old one, atomically;
// a missing file is created from DefaultFile first.
func Set(path, key, value string) error {
	if !slices.Contains(Settable, key) {
		return ErrNotSettable
	}
	value = strings.TrimSpace(value)
	if msg := checkProfileValue(value); msg != "" {
		return &Error{File: path, Reason: ReasonValue, Key: key, Value: strconv.Quote(value)}
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		data, err = []byte(DefaultFile), nil
	}
	if err != nil {
		return &Error{File: path, Reason: ReasonRead, Err: err}
	}
	section, name, _ := strings.Cut(key, ".")
	out := setLine(string(data), section, name, name+" = "+strconv.Quote(value))
	if _, err := Parse(path, []byte(out)); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return &Error{File: path, Reason: ReasonRead, Err: err}
	}
	if err := safefile.WriteBytes(path, 0o600, []byte(out)); err != nil {
		return &Error{File: path, Reason: ReasonRead, Err: err}
	}
	return nil
}

// setLine replaces or adds the line of name inside [section].
func setLine(text, section, name, line string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	in, at := false, -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			if in {
				break
			}
			in = t == "["+section+"]"
			if in {
				at = i
			}
			continue
		}
		if in && strings.HasPrefix(t, name) && strings.HasPrefix(strings.TrimSpace(t[len(name):]), "=") {
			lines[i] = line
			return strings.Join(lines, "\n") + "\n"
		}
	}
	if at < 0 {
		return strings.Join(append(lines, "", "["+section+"]", line), "\n") + "\n"
	}
	lines = slices.Insert(lines, at+1, line)
	return strings.Join(lines, "\n") + "\n"
}
