// Package journal owns the domain of debrief: a shift's Entry with its
// typical Cases, the three things Helped, the private Vent, Ideas, DaysOff
// and WeeklyReviews, the 1–5 scales, the civil-date rules of shifts and ISO
// weeks, and validation. It is pure Go: no I/O and no imports from this
// project, so every other room can depend on it.
package journal
