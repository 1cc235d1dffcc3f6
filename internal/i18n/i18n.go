// Package i18n holds debrief's zh / en message catalog and chooses the
// language. Chinese is first: every message exists in both languages, and a
// test keeps it that way. The catalog is split by room (cli.go, tui.go,
// insight.go, report.go ...) so each room's words live together.
package i18n

import (
	"fmt"
	"maps"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Lang is a UI language.
type Lang string

// The languages debrief speaks.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// msg is one message in both languages.
type msg struct{ zh, en string }

// rooms holds each room's messages, built the first time a lookup reaches
// the room. Nothing is built at the start of the process: the map literals
// were the largest of our package inits (0.6 ms of every start, GODEBUG=
// inittrace), and `debrief --version` or `remind` look up few keys or none.
// Neither are the rooms merged into one map at the start (see lookup). A key
// in two rooms is refused by a test (TestNoKeyInTwoRooms).
var rooms []func() map[string]msg

// register adds a room's messages, built on first use.
func register(build func() map[string]msg) { rooms = append(rooms, sync.OnceValue(build)) }

// lookup finds a key in the rooms; a process that looks up many (list
// prints a line per shift) gets them merged into one map after the first
// few hundred, as one lookup there is several times cheaper.
func lookup(key string) (msg, bool) {
	if lookups.Add(1) > mergeAfter {
		m, ok := merged()[key]
		return m, ok
	}
	for _, r := range rooms {
		if m, ok := r()[key]; ok {
			return m, true
		}
	}
	return msg{}, false
}

const mergeAfter = 256

var (
	lookups atomic.Int64
	merged  = sync.OnceValue(func() map[string]msg {
		n := 0
		for _, r := range rooms {
			n += len(r())
		}
		all := make(map[string]msg, n)
		for _, r := range rooms {
			maps.Copy(all, r())
		}
		return all
	})
)

// Printer renders messages in one language.
type Printer struct {
	Lang Lang
}

// New returns a printer for l (English for anything unknown).
func New(l Lang) *Printer {
	if l != ZH {
		l = EN
	}
	return &Printer{Lang: l}
}

// T returns the message for key, formatted with args. An unknown key is
// shown as itself so a missing message is visible, never a crash.
func (p *Printer) T(key string, args ...any) string {
	m, ok := lookup(key)
	if !ok {
		return key
	}
	s := m.en
	if p != nil && p.Lang == ZH {
		s = m.zh
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// N is T for a message about a count n, its first argument (args follow):
// the key+"_one" form when n is 1 and the catalog has one ("1 case",
// "1 day off"), key otherwise. A message counting several things is built
// from count.* pieces, one N each. This is the catalog's one way to say a
// number of something.
func (p *Printer) N(key string, n int, args ...any) string {
	if n == 1 && Has(key+"_one") {
		key += "_one"
		// A _one form may say "1" in words and use no argument at all.
		if m := p.T(key); !strings.Contains(m, "%") {
			return m
		}
	}
	return p.T(key, append([]any{n}, args...)...)
}

// Has reports whether key is in the catalog.
func Has(key string) bool { _, ok := lookup(key); return ok }

// Keys lists every key, sorted.
func Keys() []string {
	var keys []string
	for _, r := range rooms {
		for k := range r() {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// Parse reads a language name: zh / en and locale-like forms (zh_CN.UTF-8,
// en-US). ok is false for anything else.
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh."):
		return ZH, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en."):
		return EN, true
	}
	return "", false
}

// FromLocale chooses a language from LC_ALL, LC_MESSAGES and LANG in that
// order: the first one set decides; zh* → zh, anything else → en.
func FromLocale(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return ZH
			}
			return EN
		}
	}
	return EN
}

// Gap is what goes between a label and the text after it: nothing after
// full-width punctuation (上个班次你想：先共情), which carries its own
// spacing, and one space otherwise (Last shift you wanted to: empathise).
func Gap(label string) string {
	r, _ := utf8.DecodeLastRuneInString(label)
	if strings.ContainsRune("，。：；（）！？、", r) {
		return ""
	}
	return " "
}
