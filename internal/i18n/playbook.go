package i18n

// The playbook's words (我的方法): `debrief playbook`, its Markdown and the
// app's Playbook screen.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"playbook.title":         {"我的方法", "My playbook"},
			"playbook.only":          {"只看类别", "Category"},
			"playbook.intro":         {"从自己处理过的案例里总结的做法：每类问题的常见需求、下次可以更好的地方，以及处理得最好的案例。", "What my own cases taught me: per kind of problem, the needs that keep coming back, what to do better next time, and the cases handled best."},
			"playbook.no_category":   {"未分类", "Uncategorized"},
			"playbook.cases":         {"%d 个案例", "%d cases"},
			"playbook.praise":        {"投诉变表扬 %d", "praise %d"},
			"playbook.no_outcome":    {"未填结果", "no outcome"},
			"playbook.needs":         {"客户常见的真实需求", "Recurring real needs"},
			"playbook.sep":           {"；", "; "},
			"playbook.times":         {"（%d 次）", " (%d times)"},
			"playbook.lessons":       {"下次可以更好", "Better next time"},
			"playbook.lesson_n":      {"（%d 次，最近 %s）", " (%d times, last %s)"},
			"playbook.lesson_1":      {"（%s）", " (%s)"},
			"playbook.best":          {"处理得最好的案例", "Best-handled cases"},
			"playbook.footer":        {"由 debrief 生成，只含案例，不含情绪记录、心情与随手记。", "Made with debrief: cases only — no vent, no mood, no jots."},
			"playbook.short":         {"我的方法：按问题类别总结案例、经验和最好的处理", "my playbook: per case category, the lessons and the best-handled cases"},
			"playbook.long":          {"把一段时间的典型案例按类别整理成“我的方法”：案例数和结果、投诉变表扬、客户常见的真实需求、合并后的“下次可以更好”（次数和最近日期）、处理得最好的案例（先表扬，再已解决，新的在前）。\n--category 宽松匹配（“物流”能找到“物流 delivery”）；默认从第一条记录到今天。\n--format md 输出可以交给新同事的 Markdown；--json 的字段见 README。只含案例：不含情绪记录、心情和随手记。", "Turns the typical cases of a range into a playbook, per category: cases and outcomes, complaints turned into praise, the recurring real needs, the merged \"better next time\" lessons (how often, when last), the best-handled cases (praise first, then resolved, newest first).\n--category matches loosely (物流 finds \"物流 delivery\"); the default range is the first entry to today.\n--format md writes Markdown to hand to a new colleague; --json's fields are in the README. Cases only: never the vent, the mood or the jots."},
			"flag.playbook_category": {"只看匹配的类别（宽松匹配，不分大小写）", "only the categories that match (loosely, any case)"},
			"flag.playbook_format":   {"输出格式 text（默认）或 md", "output format: text (default) or md"},
			"flag.playbook_json":     {"输出 JSON", "print JSON"},
			"tui.playbook.title":     {"我的方法", "My playbook"},
			"tui.playbook.empty":     {"还没有典型案例。写复盘时记下一两个案例，这里就会慢慢变成你自己的方法。", "No typical cases yet. Note a case or two in your debriefs and this becomes your own playbook."},
			"tui.home.key_playbook":  {"我的方法：从案例里总结的经验", "my playbook: what my cases taught me"},
		}
	})
}
