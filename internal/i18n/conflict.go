package i18n

// The flow's words when saving meets a change made elsewhere (the
// conflict screen), and the jots kept with the shift (the flow's review,
// `debrief show`, exports for me).
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"conflict.title.saved":   {"这一天的复盘在别处改过了", "This day's debrief was changed elsewhere"},
			"conflict.title.draft":   {"另一个窗口也在写这一天的复盘", "Another window is writing this day's debrief too"},
			"conflict.title.removed": {"这一天的复盘在别处被删掉了", "This day's debrief was deleted elsewhere"},
			"conflict.body.saved": {"你写的时候，%s 的记录被另一个程序保存过（导入、另一个终端里的 debrief edit，或另一个 debrief）。你写的内容都还在这里，选好之前什么都不会保存。",
				"While you were writing, the entry of %s was saved by another program (an import, debrief edit in another terminal, or another debrief). What you typed is all still here; nothing is saved until you choose."},
			"conflict.body.draft": {"另一个 debrief 窗口存了 %s 的草稿。你写的内容都还在这里，选好之前什么都不会保存。",
				"Another debrief window saved a draft of %s. What you typed is all still here; nothing is saved until you choose."},
			"conflict.body.removed": {"你写的时候，%s 的记录在别处被删掉了。你写的内容都还在这里，选好之前什么都不会保存。",
				"While you were writing, the entry of %s was deleted elsewhere. What you typed is all still here; nothing is saved until you choose."},
			"conflict.mine":               {"我写的", "mine"},
			"conflict.theirs":             {"日志里的", "in the journal"},
			"conflict.theirs_draft":       {"另一个窗口的", "the other window's"},
			"conflict.no_more":            {"（没有另外的）", "(nothing else)"},
			"conflict.none":               {"（没填）", "(not given)"},
			"conflict.vent_sealed":        {"已封存（私密）", "sealed (private)"},
			"conflict.f.helped":           {"帮到用户的小事", "Helped"},
			"conflict.both_means":         {"两边都留：案例、小事、建议合在一起（不重复），其余以我写的为准。", "Keep both: cases, helped lines and ideas are put together (each once); for the rest, mine counts."},
			"conflict.f.started":          {"开始时间", "Started"},
			"conflict.f.ended":            {"结束时间", "Ended"},
			"conflict.key.both":           {"两边都留", "keep both"},
			"conflict.key.mine":           {"用我的", "mine"},
			"conflict.key.theirs":         {"用另一边的", "theirs"},
			"conflict.key.theirs_saved":   {"用日志里的", "journal's"},
			"conflict.key.theirs_draft":   {"用另一个窗口的", "other window's"},
			"conflict.key.theirs_removed": {"就让它删掉", "leave deleted"},
			"conflict.key.mine_removed":   {"用我的（重新保存）", "mine, saved again"},
			"conflict.more":               {"↓ 下面还有（↑↓ 翻看）", "↓ more below (↑↓ to scroll)"},
			"conflict.key.back":           {"返回", "back"},
			"conflict.pending":            {"还没保存：这一天在别处改过了。按 ctrl+s 选择怎么办。", "Not saved yet: this day was changed elsewhere. ctrl+s to choose what to keep."},
			"conflict.draft_held":         {"另一个窗口也存了这一天的草稿，这边先不覆盖它；保存时会让你选择怎么办。", "Another window saved a draft of this day; this one won't overwrite it. You'll choose what to keep when you save."},
			"conflict.entry_moved":        {"这一天的复盘在别处被改过了；保存时会让你选择怎么办。", "This day's debrief was changed elsewhere; you'll choose what to keep when you save."},
			"conflict.removed_ok":         {"好的，%s 的记录保持删除，你这边的草稿也清掉了。", "All right: the entry of %s stays deleted, and this draft is cleared."},

			"report.jot":       {"没用到的速记 %s", "Jot not used, %s"},
			"report.jot_label": {"没用到的速记", "Jot not used,"},
			"report.col.jots":  {"没用到的速记", "jots not used"},
			"field.jots":       {"没用到的速记", "Jots not used"},

			"tui.review.jots_kept":     {"%d 条速记没有用到，会跟这个班次一起保留。", "%d jots were not used; they stay with this shift."},
			"tui.review.jots_kept_one": {"%d 条速记没有用到，会跟这个班次一起保留。", "%d jot was not used; it stays with this shift."},
		}
	})
}
