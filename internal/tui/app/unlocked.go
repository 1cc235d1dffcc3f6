package app

import "github.com/debrief-app/debrief/internal/seal"

// Unlocked is the journal's key once the person has given the passphrase in
// this run of the app (History's reader asks): asked once per run, never
// kept beyond it. The zero value holds no key.
type Unlocked struct{ key *seal.Key }

// Key is the unlocked key, nil before the passphrase was given.
func (u *Unlocked) Key() *seal.Key { return u.key }

// Set keeps the key for the rest of the run.
func (u *Unlocked) Set(k *seal.Key) { u.key = k }
