// Package team is the team roll-up (`debrief team report`): it reads the
// manager's JSON exports of several agents (`debrief export --for manager
// --format json`), as they lie in a shared or synced folder, and merges
// them into one document for the team lead: the agents side by side, the
// team's ideas with near-duplicates grouped, complaints turned into
// praise, the most frequent case categories and lessons. It holds nothing
// the exports did not: an export is the privacy boundary, decided by
// internal/report when the agent wrote it, and a personal export (--for
// me) is refused, never read.
package team
