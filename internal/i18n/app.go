package i18n

// The app's words (internal/tui), continued: the names of keys in help,
// the questions asked before anything is removed, the checks shown under a
// field, the first-run welcome.
func init() {
	register(map[string]msg{
		"tui.key.up":   {"上移", "up"},
		"tui.key.down": {"下移", "down"},
	})
}
