// Package insight turns a journal's compact per-shift metrics, its days off
// and its ideas into what a person wants to know about their own work:
// streaks, consistency, averages and trends, weekly summaries and the
// wellbeing signal.
//
// Everything here is a pure function over journal values: no store, no
// screens, no clock. "Today" comes in through a Calendar, so the same rules
// give the same numbers in `debrief stats`, the Trends screen and the weekly
// report. Dates are civil dates (journal.Date), so daylight-saving changes
// and time zones cannot move a day.
package insight
