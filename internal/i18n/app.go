package i18n

// The app's words (internal/tui), continued: the names of keys in help,
// the questions asked before anything is removed, the checks shown under a
// field, the first-run welcome.
func init() {
	register(map[string]msg{
		"tui.key.up":   {"上移", "up"},
		"tui.key.down": {"下移", "down"},

		"tui.ask.remove_case":  {"删除第 %d 个案例“%s”？写下的内容不会再找回来。", "Remove case %d, %q? What it says cannot be brought back."},
		"tui.ask.remove_idea":  {"删除这条建议“%s”？", "Remove the idea %q?"},
		"tui.ask.delete_entry": {"删除 %s 的复盘？删除后不能撤销。", "Delete the debrief of %s? This cannot be undone."},
		"tui.ask.decline_idea": {"把已采纳的建议 #%d 改成未采纳？效果记录会保留。", "Mark the adopted idea #%d as declined? Its impact note is kept."},
	})
}
