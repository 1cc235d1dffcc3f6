package main

import (
	"fmt"
	"strings"
	"time"
)

// The rows that drive the app on a pseudo-terminal (120×40, Chinese).

// Words the app shows (the zh catalog), which say where it is.
const (
	flowFirstStep = "这个班次怎么样？"                                         // the flow's first question
	flowHelped    = "今天帮助用户的3件小事"                                      // the step after it
	ventPrivate   = "只有你自己看得到"                                         // the vent's privacy line
	typedKey      = "嗯"                                                // the key typed: in neither ventText nor the app's words
	pasteEnd      = "嘞"                                                // ends a paste: in neither ventText nor the app's words
	ventText      = "今天顾客一直在催发货我解释了很多遍物流的情况他还是不满意说要投诉我觉得很委屈但是也理解他的着急，" // 50 runes
)

// homeLoaded is what only the loaded home shows: the count of entries
// (the loading text comes first).
func homeLoaded(entries int) string { return fmt.Sprintf("共 %d 条记录", entries) }

// fullScreen times the app from exec to its loaded home: today's entry is
// written, so the home shows the streak, the count, the moods and the last
// entries. The CPU time is the app's own until then (every thread).
func (b *bench) fullScreen(s size) (result, error) {
	p := b.proc(s.db)
	var walls, cpus []time.Duration
	for i := range b.warmup + b.runs {
		app, err := startApp(p, 120, 40)
		if err != nil {
			return result{}, err
		}
		at, err := app.waitFor(homeLoaded(s.shifts), 0, 10*time.Second)
		cpu := app.cpu()
		app.stop()
		if err != nil {
			return result{}, err
		}
		if i >= b.warmup {
			walls = append(walls, at.Sub(app.start))
			cpus = append(cpus, cpu)
		}
	}
	var r result
	r.summarize(walls, cpus)
	r.tool = "pty"
	return r, nil
}

// openVent starts the app on a fresh copy of the 10-year journal on the day
// after its last entry (so it opens on the flow), and walks to the vent.
func (b *bench) openVent(name string) (*session, error) {
	db, err := b.copyJournal(b.ten, name)
	if err != nil {
		return nil, err
	}
	return b.openVentOf(db)
}

// openVentOf is openVent on the journal db.
func (b *bench) openVentOf(db string) (*session, error) {
	p := b.proc(db)
	next := end.AddDays(1)
	for i, kv := range p.env {
		if strings.HasPrefix(kv, "DEBRIEF_TODAY=") {
			p.env[i] = "DEBRIEF_TODAY=" + next.String()
		}
	}
	app, err := startApp(p, 120, 40)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*session, error) {
		app.stop()
		return nil, fmt.Errorf("walking to the vent: %w", err)
	}
	if _, err := app.waitFor(flowFirstStep, 0, 10*time.Second); err != nil {
		return fail(err)
	}
	m := app.mark()
	if err := app.keys("\t", "4", pageDown); err != nil {
		return fail(err)
	}
	if _, err := app.waitFor(flowHelped, m, 5*time.Second); err != nil {
		return fail(err)
	}
	m = app.mark()
	if err := app.keys(pageDown, pageDown); err != nil {
		return fail(err)
	}
	if _, err := app.waitFor(ventPrivate, m, 5*time.Second); err != nil {
		return fail(err)
	}
	app.quiet(200*time.Millisecond, 3*time.Second)
	return app, nil
}

const pageDown = "\x1b[6~"

// ventOf is n characters of one long paragraph (the worst case for an
// editor that re-wraps a paragraph), ending in end.
func ventOf(n int, end string) string {
	if n == 0 {
		return ""
	}
	r := []rune(strings.Repeat(ventText, n/len([]rune(ventText))+1))[:n-len([]rune(end))]
	return string(r) + end
}

// ventKeys puts n characters in the vent (one bracketed paste), then times
// single keys typed at its end, each 40 ms after the last one was drawn
// (never a burst): from the key written to the terminal until the
// character is on screen, and the app's CPU time meanwhile until the
// screen is still.
func (b *bench) ventKeys(n int) (result, error) {
	app, err := b.openVent(fmt.Sprintf("vent%d", n))
	if err != nil {
		return result{}, err
	}
	defer app.stop()
	if n > 0 {
		m := app.mark()
		if _, err := app.master.Write([]byte("\x1b[200~" + ventOf(n, pasteEnd) + "\x1b[201~")); err != nil {
			return result{}, err
		}
		if _, err := app.waitFor(pasteEnd, m, 30*time.Second); err != nil {
			return result{}, fmt.Errorf("the pasted %d characters: %w", n, err)
		}
		app.quiet(300*time.Millisecond, 5*time.Second)
	}
	runs := max(b.runs, 20)
	var walls, cpus []time.Duration
	for i := range b.warmup + runs {
		m := app.mark()
		cpu0 := app.cpu()
		t0 := time.Now()
		if _, err := app.master.Write([]byte(typedKey)); err != nil {
			return result{}, err
		}
		at, err := app.waitFor(typedKey, m, 10*time.Second)
		if err != nil {
			return result{}, fmt.Errorf("key %d: %w", i+1, err)
		}
		app.quiet(40*time.Millisecond, 2*time.Second)
		if i >= b.warmup {
			walls = append(walls, at.Sub(t0))
			cpus = append(cpus, app.cpu()-cpu0)
		}
	}
	var r result
	r.summarize(walls, cpus)
	r.tool = "pty, keys"
	return r, nil
}

// rawPaste writes 20 KB of Chinese into the vent at once, without
// bracketed paste (as a terminal that lacks it would type it), and times
// it until its last character is on screen.
func (b *bench) rawPaste() (result, error) {
	text := ventOf(20*1024/3, pasteEnd) // 3 bytes a character
	var walls, cpus []time.Duration
	for i := range 3 {
		app, err := b.openVent(fmt.Sprintf("paste%d", i))
		if err != nil {
			return result{}, err
		}
		m := app.mark()
		cpu0 := app.cpu()
		t0 := time.Now()
		go app.master.Write([]byte(text)) // the terminal takes it in as the app reads
		at, err := app.waitFor(pasteEnd, m, 60*time.Second)
		cpu := app.cpu() - cpu0
		app.stop()
		if err != nil {
			return result{}, err
		}
		walls = append(walls, at.Sub(t0))
		cpus = append(cpus, cpu)
	}
	var r result
	r.summarize(walls, cpus)
	r.tool = fmt.Sprintf("pty, %d bytes", len(text))
	return r, nil
}
