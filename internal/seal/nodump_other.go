//go:build !linux

package seal

// NoCoreDumps does nothing where there is no prctl (see nodump_linux.go).
func NoCoreDumps() {}
