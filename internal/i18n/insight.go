package i18n

// The words of streaks, trends and the wellbeing signal: `debrief stats`,
// `debrief remind`, the Trends screen, and the wellbeing message that the
// app and `stats` share.
func init() {
	register(map[string]msg{
		"stats.short": {"连续记录、趋势和统计", "streaks, trends and totals"},
		"stats.long": {
			"显示连续复盘、最近 30 天的坚持程度、心情/精力/压力的平均值和趋势、接待量、满意度、案例和改进建议。\n--from/--to 只限定平均值、合计、分类、建议和每周数据;连续记录、坚持程度、最近 7 个班次的趋势和关怀提醒始终按“截至今天、整本日记”计算。\n--json 输出的字段和定义见 README“Streaks, trends and the wellbeing signal”。",
			"Shows your streak, how consistently you logged in the last 30 days, mood / energy / stress averages and trends, contacts, CSAT, cases and ideas.\n--from/--to limit averages, totals, categories, ideas and weeks; the streak, consistency, last-7 trends and the wellbeing signal are always as of today over the whole journal.\n--json fields and their exact definitions: README, \"Streaks, trends and the wellbeing signal\".",
		},
		"stats.empty":        {"还没有复盘记录。下班后运行 debrief 写第一条吧。", "No debriefs yet. Run debrief after your shift to write the first one."},
		"stats.range":        {"%s 至 %s · %d 个班次", "%s to %s · %d shifts"},
		"stats.streak":       {"连续", "Streak"},
		"stats.streak_value": {"%d 个班次 · 最长 %d", "%d shifts · longest %d"},
		"stats.last30":       {"近 30 天", "Last 30 days"},
		"stats.consistency":  {"记录了 %d%% 的上班日", "%d%% of workdays logged"},
		"stats.no_workdays":  {"没有排班日", "no scheduled workdays"},
		"stats.mood":         {"心情", "Mood"},
		"stats.energy":       {"精力", "Energy"},
		"stats.stress":       {"压力", "Stress"},
		"stats.avg":          {"平均 %s", "avg %s"},
		"stats.last7":        {"近 7 次 %s", "last 7 %s"},
		"stats.vs_prev7":     {"(之前 %s)", " (before %s)"},
		"stats.spark_note":   {"↑ 最近 %d 个班次,低 ▁ … █ 高", "↑ last %d shifts, low ▁ … █ high"},
		"stats.contacts":     {"接待", "Contacts"},
		"stats.contacts_v":   {"共 %d · 每班 %s", "%d in all · %s per shift"},
		"stats.csat":         {"满意度 %s", "CSAT %s"},
		"stats.cases":        {"案例", "Cases"},
		"stats.cases_v":      {"%d 个 · %d 个投诉变表扬", "%d · %d complaints turned into praise"},
		"stats.outcomes":     {"结果", "Outcomes"},
		"stats.outcome_none": {"无结果", "no outcome"},
		"stats.categories":   {"分类", "Categories"},
		"stats.ideas":        {"建议", "Ideas"},
		"stats.ideas_v":      {"%d 条", "%d"},
		"stats.weeks":        {"每周心情", "Weekly mood"},
		"stats.weeks_note":   {"最近 %d 周", "last %d weeks"},
		"stats.none":         {"–", "–"},

		"trend.up":      {"↑ 上升", "↑ up"},
		"trend.down":    {"↓ 下降", "↓ down"},
		"trend.flat":    {"→ 平稳", "→ steady"},
		"trend.unknown": {"· 数据还不够", "· not enough data yet"},

		"remind.short": {"下班了还没复盘时提醒一句(用于命令行提示符、cron、桌面通知)", "one line when your shift is over and not debriefed yet (for shell prompts, cron, notifiers)"},
		"remind.long": {
			"今天是排班日、已经过了 schedule.shift_end、而且今天还没有复盘时,打印一句提醒并以 0 退出;否则什么也不打印,以 1 退出。\n例如在 cron 中:*/30 18-23 * * 1-5 msg=$(debrief remind) && notify-send debrief \"$msg\"",
			"When today is a scheduled workday, it is past schedule.shift_end and today has no entry, prints one friendly line and exits 0; otherwise prints nothing and exits 1.\nIn cron, for example: */30 18-23 * * 1-5 msg=$(debrief remind) && notify-send debrief \"$msg\"",
		},
		"remind.due": {"下班啦——花 5 分钟复盘一下今天?运行:debrief", "Shift's over — 5 minutes for your debrief? Run: debrief"},

		// The wellbeing message: a nudge from the person's own entries, never
		// a diagnosis; concrete steps from their world.
		"wellbeing.title":       {"最近好像挺辛苦的", "Lately things look heavy"},
		"wellbeing.high_stress": {"最近 5 个班次里,至少 4 个压力都很大。", "Stress was high on at least 4 of your last 5 shifts."},
		"wellbeing.low_mood":    {"最近几个班次的心情一直偏低。", "Your mood has been low for your last few shifts."},
		"wellbeing.mood_drop":   {"心情比再往前的几个班次明显往下走了。", "Your mood has dropped clearly from the shifts before."},
		"wellbeing.step1":       {"下个班给自己留一次真正的休息:离开座位,喝杯水,看看窗外。", "On your next shift, take a real break: step away from the queue, drink some water, look out of a window."},
		"wellbeing.step2":       {"下班后出去走一走,哪怕十分钟。", "After work, go for a walk, even just ten minutes."},
		"wellbeing.step3":       {"找一位信得过的同事或朋友聊聊最近的事——吐槽也算。", "Tell a colleague or a friend you trust how it has been — venting counts."},
		"wellbeing.step4":       {"如果这种状态持续了两周以上,找专业的心理咨询师聊聊会有帮助(不少公司有员工帮助计划 EAP)。", "If it lasts for more than two weeks, talking to a professional counsellor can help (many employers offer an EAP)."},
		"wellbeing.note":        {"这只是根据你自己的记录给出的提醒,不是诊断。不想看到可在配置中设置 [wellbeing] signals = false。", "This is a nudge from your own entries, not a diagnosis. To turn it off: [wellbeing] signals = false in the config."},
	})
}
