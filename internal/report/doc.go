// Package report makes documents for people from the journal: Markdown,
// CSV, HTML and JSON exports, the audiences and the one privacy filter
// that decides what each may see. User text goes through internal/safetext.
package report
