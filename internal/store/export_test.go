package store

// CheckEntriesFast lets the external tests compare the check with and
// without the entry fast path.
var CheckEntriesFast = &checkEntriesFast
