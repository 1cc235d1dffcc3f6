// Package report makes documents for people from the journal: Markdown,
// CSV, HTML and JSON exports, the audiences and the one privacy filter
// that decides what each may see, and the one text sanitizer every output
// of user text goes through.
package report
