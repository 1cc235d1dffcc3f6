package i18n

// The words of problems in the config file (config.Error): the line, the
// setting as written, and what to write instead.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"config.unknown":       {"第 %[1]d 行有未知的设置“%[2]s”：请检查拼写，或删掉这一行", "unknown key %[2]q on line %[1]d: check its spelling, or remove the line"},
			"config.unknown_maybe": {"第 %[1]d 行有未知的设置“%[2]s”：是不是想写“%[3]s”？", "unknown key %[2]q on line %[1]d: did you mean %[3]q?"},
			"config.value":         {"第 %[1]d 行 %[2]s = %[3]s 不能用：%[4]s", "line %[1]d: %[2]s = %[3]s can't be used: %[4]s"},
			"config.syntax":        {"第 %[1]d 行“%[2]s”不是有效的设置：请写成 名称 = 值，文字加英文引号，例如 lang = \"zh\"", "line %[1]d, %[2]q, is not a valid setting: write name = value, text in quotes, e.g. lang = \"zh\""},
			"config.read":          {"读不了这个文件：%v", "cannot read it: %v"},

			// What each setting takes (%[1]s is the setting's dotted name).
			"config.want.lang":                          {"请写 \"zh\"、\"en\" 或 \"\"（跟随系统语言）%.0[1]s", "write \"zh\", \"en\" or \"\" (the locale's)%.0[1]s"},
			"config.want.day_starts_at":                 {"请写成带引号的时间 \"HH:MM\"，例如 \"05:00\"%.0[1]s", "write a time in quotes, \"HH:MM\", e.g. \"05:00\"%.0[1]s"},
			"config.want.schedule.shift_end":            {"请写成带引号的时间 \"HH:MM\"，例如 \"18:00\"%.0[1]s", "write a time in quotes, \"HH:MM\", e.g. \"18:00\"%.0[1]s"},
			"config.want.schedule.workdays":             {"请写成星期的列表，例如 [\"mon\", \"tue\"]（可用 mon tue wed thu fri sat sun）%.0[1]s", "write a list of weekdays, e.g. [\"mon\", \"tue\"] (mon tue wed thu fri sat sun)%.0[1]s"},
			"config.want.wellbeing.signals":             {"请写 true 或 false%.0[1]s", "write true or false%.0[1]s"},
			"config.want.profile.name":                  {"请写一行文字，最多 40 个字%.0[1]s", "write one line of text, at most 40 characters%.0[1]s"},
			"config.want.profile.team":                  {"请写一行文字，最多 40 个字%.0[1]s", "write one line of text, at most 40 characters%.0[1]s"},
			"config.want.backup.keep":                   {"请写 1 到 365 之间的整数%.0[1]s", "write a whole number from 1 to 365%.0[1]s"},
			"config.want.import.max_size_mib":           {"请写 1 到 1048576 之间的整数%.0[1]s", "write a whole number from 1 to 1048576%.0[1]s"},
			"config.want.schedule.rotation":             {"请写成按顺序循环的班次列表，例如 [\"day\", \"day\", \"night\", \"night\", \"off\", \"off\"]（可用 day evening night other off）%.0[1]s", "write the cycle's days in order, e.g. [\"day\", \"day\", \"night\", \"night\", \"off\", \"off\"] (day evening night other off)%.0[1]s"},
			"config.want.schedule.rotation.both":        {"rotation 和 workdays 只能留一个：轮班就删掉 workdays 那一行%.0[1]s", "keep one of rotation and workdays: for rotating shifts, delete the workdays line%.0[1]s"},
			"config.want.schedule.rotation.too_long":    {"轮班最多 366 天%.0[1]s", "a rotation has at most 366 days%.0[1]s"},
			"config.want.schedule.rotation.no_work":     {"至少要有一个上班的班次：day、evening、night 或 other%.0[1]s", "name at least one working day: day, evening, night or other%.0[1]s"},
			"config.want.schedule.rotation.needs_start": {"还要加一行 rotation_start = \"YYYY-MM-DD\"，写第一个班次的日期%.0[1]s", "add rotation_start = \"YYYY-MM-DD\", the date of the cycle's first day%.0[1]s"},
			"config.want.schedule.rotation_start":       {"请写成带引号的日期 \"YYYY-MM-DD\"，例如 \"2026-11-01\"%.0[1]s", "write a date in quotes, \"YYYY-MM-DD\", e.g. \"2026-11-01\"%.0[1]s"},
			"config.want.schedule.rotation_start.alone": {"只有设置了 rotation 才用得上：加上一行 rotation = [\"day\", \"night\", \"off\"]，或删掉这一行%.0[1]s", "it only goes with a rotation: add rotation = [\"day\", \"off\", …], or remove the line%.0[1]s"},
			"config.want.table":                         {"%[1]s 应是一个表：在单独一行写 [%[1]s]，下面写它的设置", "%[1]s is a table: write [%[1]s] on a line of its own, its settings below"},
		}
	})
}
