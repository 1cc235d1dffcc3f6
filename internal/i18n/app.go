package i18n

// The app's words (internal/tui), continued: the names of keys in help,
// the questions asked before anything is removed, the checks shown under a
// field, the first-run welcome.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"tui.key.up":   {"上移", "up"},
			"tui.key.down": {"下移", "down"},

			"tui.check.time":         {"“%s”不是时间。可以写 9、930、9:30 或 21:30。", "%q is not a time; write 9, 930, 9:30 or 21:30."},
			"tui.check.contacts":     {"“%s”不是接待量：请写 0 到 %d 之间的整数。", "%q is not a number of contacts: write a whole number from 0 to %d."},
			"tui.check.csat":         {"“%s”不是满意度：请写 0 到 100 之间的数字（可以带 %%）。", "%q is not a CSAT: write a number from 0 to 100 (a %% is fine)."},
			"tui.check.problems":     {"还有 %d 处要改一下，已用红字标在对应的地方。", "%d things to fix first, marked in red where they are."},
			"tui.check.problems_one": {"还有 %d 处要改一下，已用红字标在对应的地方。", "%d thing to fix first, marked in red where it is."},

			"tui.home.logged_edit": {"今天（%s）的复盘已保存；改过的地方还没保存，按 n 接着改。", "Today's debrief (%s) is saved; your changes to it are not saved yet: n carries on."},
			"tui.home.edits":       {"%s 的复盘有改动还没保存：在历史记录（h）里选中它，按 e 接着改。", "Changes to the debrief of %s are not saved yet: in history (h), select it and press e."},
			"tui.list_sep":         {"、", ", "},

			"tui.ask.remove_case":  {"删除第 %d 个案例“%s”？写下的内容不会再找回来。", "Remove case %d, %q? What it says cannot be brought back."},
			"tui.ask.remove_idea":  {"删除这条建议“%s”？", "Remove the idea %q?"},
			"tui.ask.delete_entry": {"删除 %s 的复盘？删除后不能撤销。", "Delete the debrief of %s? This cannot be undone."},
			"tui.ask.decline_idea": {"把已采纳的建议 #%d 改成未采纳？效果记录会保留。", "Mark the adopted idea #%d as declined? Its impact note is kept."},
		}
	})
}
