package seal

import "golang.org/x/sys/unix"

// NoCoreDumps keeps this process's memory out of core dumps (and from
// other processes of the same user reading it through /proc or ptrace)
// from now until it exits: called before a passphrase is read or a key
// unwrapped, whose bytes Go can't promise to erase (docs/PRIVACY.md).
func NoCoreDumps() {
	// Best effort: where the kernel refuses, the passphrase is still asked
	// for and erased as well as Go allows; nothing else depends on it.
	_ = unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0)
}
