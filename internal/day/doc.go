// Package day is what a person's actions mean, over the store: the reads
// and writes behind every command and every screen, so that the CLI and the
// app say the same thing about the same journal. Neither entry point opens
// the store itself; each calls a method of Journal, which opens the file
// for one transaction and closes it again (in the app: inside a tea.Cmd).
//
// Who calls what:
//
//	Journal.Today        `debrief` (status off a terminal), Home, the app's start screen
//	Writer.Save          the flow's save: entry + new ideas + used jots and draft gone, one
//	                     transaction (Journal.save, shared with Journal.Save), only over the
//	                     revisions the flow read, else a *Conflict (ErrConflict);
//	                     returns what the saved screen shows (streak, mood vs. last 7)
//	Journal.Save         the same save without a Writer; Debrief.Loaded (the entry's Rev
//	                     read) refuses a change saved underneath (ErrConflict)
//	Journal.Start        the flow opening on a date (draft, entry, last shift's plan,
//	                     last week's focus, categories for suggestions), and its Writer
//	Writer.SaveDraft     the flow's autosave (KeepDraft: the snapshot on exit); Writer.Jots
//	Journal.SaveDraft    a draft without a Writer (returns the new Rev; with the last Rev
//	                     passed back, another window's draft is never overwritten)
//	Merge, Differences   keep both / what differs, for the conflict screen
//	Journal.AddJot, Jots `debrief jot` (with and without text)
//	Journal.Week         `debrief week`, the Week screen (summary + last week's focus)
//	Journal.SaveReview   the Week screen's review form
//	Journal.Stats        `debrief stats`, the Trends screen
//	Journal.Listing      `debrief list` (one line per entry, from the summaries)
//	Journal.List, Query  `debrief list --json`, --search, --category; Query is History's "/"
//	Journal.Days         History's list (entries and days off, newest first)
//	Journal.Day, Latest  `debrief show`, `debrief edit`, History's reader
//	ReadingOf, Render    the entry as a document to read: `debrief show` and History's
//	                     reader render the same Reading, in their own width and styles
//	Journal.DeleteEntry  History's delete
//	Journal.Ideas        `debrief ideas`, the Ideas screen
//	Journal.MoveIdea     `debrief ideas set`, the Ideas screen's moves and impact
//	Journal.MarkOff, RemoveOff  `debrief off`
//	Journal.RemindDue    `debrief remind`
//	Journal.Export       `debrief export` (report.Build makes the document)
//	Journal.Backup, Import, Check, DailyBackups, NewestGoodBackup, Restore
//	                     `debrief backup`, `import`, `check`, `restore` and the hint that
//	                     names the newest good backup
//	Journal.Privacy, EnablePrivacy, DisablePrivacy, ChangePassphrase
//	                     `debrief private status|enable|disable|passphrase`
//	Journal.Unlock, OpenVent(s)  reading a sealed vent: `show`, `list --json --unlock`,
//	                     `export --for me`, History's reader (private.go)
//
// The rules themselves live below: the streak, trends and category ranking
// in internal/insight (Streaks, Compute, RankCategories), the summaries
// and exports in internal/report, safe text in internal/safetext.
package day
