package i18n

// The review builder's words (述职): `export --for review` in Markdown and
// HTML, and `debrief pin`.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"review.outcomes":        {"%d 个案例的结果：", "How %d cases ended: "},
			"review.outcome_share":   {"%s %d（%s）", "%s %d (%s)"},
			"review.escalation_note": {"。升级是流程的一部分：超出权限的问题交给对的人，也是处理好了。", ". Escalating is part of the job: a case beyond my remit handed to the right team is handled well too."},
			"review.peak":            {"最忙的一天：%s，接待 %d 位", "Busiest day: %s, %d contacts"},
			"review.years":           {"逐年对比", "Year over year"},
			"review.year":            {"%d 年 %d 个班次、接待 %d、案例 %d、投诉变表扬 %d", "%d: %d shifts, %d contacts, %d cases, %d praise"},
			"review.months":          {"逐月", "Month by month"},
			"review.col.month":       {"月份", "Month"},
			"review.col.shifts":      {"班次", "Shifts"},
			"review.col.contacts":    {"接待量", "Contacts"},
			"review.col.csat":        {"满意度", "CSAT"},
			"review.col.cases":       {"案例", "Cases"},
			"review.col.praise":      {"投诉变表扬", "Praise"},
			"review.col.ideas":       {"采纳的建议", "Ideas adopted"},
			"review.pinned":          {"我选的案例", "Cases I chose"},
			"review.helped":          {"帮助过的人（摘录）", "People I helped (a sample)"},
			"pin.short":              {"把案例标记进述职（工作成果回顾里排在最前）", "pin a case for your review (shown first in it)"},
			"pin.long":               {"把某天的第 N 个案例（不写 N 则是那天的全部案例）标记进述职：export --for review 会把它们排在“最有代表性的案例”最前面。--remove 取消标记。也可以在历史记录里按 p。", "Pins case N of a date (without N: every case of that date) for your review: export --for review shows pinned cases first among the strongest cases. --remove takes the pin back. In the app, p in a History entry does the same."},
			"pin.pinned":             {"已把 %s 的案例 %d“%s”标记进述职。", "Pinned for the review: %s, case %d %q."},
			"pin.unpinned":           {"已取消 %s 的案例 %d“%s”的述职标记。", "No longer pinned: %s, case %d %q."},
			"pin.no_case":            {"%s 有 %d 个案例，没有第 %d 个", "%s has %d cases, not a case %d"},
			"pin.no_cases":           {"%s 的复盘里没有案例可以标记", "%s has no cases to pin"},
			"pin.bad_number":         {"案例序号“%s”无效：请写 1、2、3……", "case number %q is not valid: use 1, 2, 3…"},
			"flag.pin_remove":        {"取消标记", "take the pin back"},
			"field.pinned_mark":      {"📌 述职", "📌 pinned"},
			"tui.key.pin":            {"标记/取消述职", "pin / unpin for the review"},
			"tui.history.pinned":     {"已把这天的案例标记进述职。", "This shift's cases are pinned for the review."},
			"tui.history.unpinned":   {"已取消这天案例的述职标记。", "This shift's cases are no longer pinned."},
			"tui.history.no_cases":   {"这天没有案例可以标记。", "This shift has no cases to pin."},
			"trends.groups":          {"什么时候更累（压力平均，至少 5 个班次才比较）", "When it is harder (average stress; groups of 5 shifts or more)"},
			"trends.by_shift":        {"按班次：", "By shift: "},
			"trends.by_weekday":      {"按星期（最高 · 最低）：", "By weekday (highest · lowest): "},
			"trends.by_category":     {"按案例类别：", "By case category: "},
			"trends.key.earlier":     {"前一年", "a year earlier"},
			"trends.key.later":       {"后一年", "a year later"},
			"trends.year_until":      {"（到 %s 为止的一年；→ 回到最近）", "(the year up to %s; → back towards today)"},
			"flag.tag":               {"只要带这个标签的班次（不分大小写）", "only the shifts with this tag (any case)"},
			"tui.f.tags":             {"标签", "Tags"},
			"tui.ph.tags":            {"可选，用逗号分隔，如：双十一，夜班（只自己可见）", "optional, comma-separated, e.g. peak sale, night (private)"},
			"review.lessons":         {"学到的经验", "What I learned"},
		}
	})
}
