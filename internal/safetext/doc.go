// Package safetext is the one place text is made safe to leave debrief: for
// a terminal (Terminal, Line), a Markdown or CSV document (Markdown, CSV),
// an HTML page (Lines, under html/template's escaping) and JSON printed
// where a terminal may read it (JSON). Every
// output — the CLI, the app's screens, the exports, the archive — goes
// through it, and all the functions share one rule for what a control
// character becomes. It is a leaf: it imports nothing of debrief's, so any
// package may use it.
package safetext
