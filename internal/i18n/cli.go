package i18n

// The command line's words.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"root.short": {"客服下班复盘日记：五到十分钟，回顾今天，放下情绪，明天更好", "an end-of-shift reflection journal for customer-service agents"},
			"root.long": {
				// Lines break by hand: a terminal wraps Chinese only at spaces.
				"debrief 是给客服的下班复盘日记。每天下班前花五到十分钟：\n" +
					"回顾典型案例（客户真正需要什么、我怎么做的、下次怎么做更好），\n" +
					"记下今天帮助用户的三件小事，在只属于自己的地方把情绪说出来，\n" +
					"写下改进产品和流程的建议。\n" +
					"一切都保存在本机；发给主管或用于述职的导出，永远不含你的私人吐槽。\n\n" +
					"在终端里直接运行 debrief 打开应用。\n\n" +
					"环境变量：\n" +
					"  DEBRIEF_DB       日记文件（--db 优先）\n" +
					"  DEBRIEF_CONFIG   配置文件（默认 $XDG_CONFIG_HOME/debrief/config.toml）\n" +
					"  DEBRIEF_TODAY    把“今天”定为这一天（YYYY-MM-DD），用于补写\n" +
					"  DEBRIEF_PASSPHRASE_FILE  封存的情绪出口的口令文件（第一行），用于脚本\n" +
					"  LANG、LC_ALL     界面语言（--lang 和配置优先）；NO_COLOR 关闭颜色\n\n" +
					"Tab 补全：debrief completion --help",
				"debrief is an end-of-shift reflection journal for customer-service agents. In five to ten minutes: " +
					"the day's typical cases (what the customer really needed, what I did, what I'd do better), three " +
					"things I helped with today, a private place to let out the anger, and ideas to improve the product " +
					"or the process. Everything stays on this computer; exports for a manager or a review never contain " +
					"the private venting.\n\nRun debrief on a terminal to open the app.\n\n" +
					"Environment:\n" +
					"  DEBRIEF_DB       the journal file (--db wins)\n" +
					"  DEBRIEF_CONFIG   the config file (default $XDG_CONFIG_HOME/debrief/config.toml)\n" +
					"  DEBRIEF_TODAY    take this day (YYYY-MM-DD) as today, to catch up on a shift\n" +
					"  DEBRIEF_PASSPHRASE_FILE  the file whose first line is the sealed vents' passphrase, for scripts\n" +
					"  LANG, LC_ALL     the language (--lang and the config win); NO_COLOR for no colour\n\n" +
					"Tab completion: debrief completion --help",
			},
			"group.journal": {"日记", "journal"},
			"group.data":    {"数据", "data"},
			"group.other":   {"其他", "other"},
			// fang's help titles, in Chinese (help.go replaces its English ones).
			"help.usage":         {"用法", "usage"},
			"help.examples":      {"示例", "examples"},
			"help.more_commands": {"其他命令", "commands"},
			"help.flags":         {"选项", "flags"},
			// Punctuation that joins translated text, so code never writes an
			// ASCII ": " or " (" beside Chinese.
			"punct.colon": {"：", ": "},
			"punct.aside": {"（%s）", " (%s)"},
			"punct.list":  {"、", ", "},
			"punct.comma": {"，", ", "},

			// Said after a usage error, on its line.
			"hint.help":     {"；运行 debrief --help 查看用法", "; run debrief --help for usage"},
			"hint.help_cmd": {"；运行 %s --help 查看用法", "; see %s --help"},

			"flag.db":            {"日记文件路径（默认 $XDG_DATA_HOME/debrief/journal.db，或 DEBRIEF_DB）", "journal file (default $XDG_DATA_HOME/debrief/journal.db, or DEBRIEF_DB)"},
			"flag.lang":          {"界面语言 zh 或 en（默认按配置，再按系统语言）", "language: zh or en (default: config, then locale)"},
			"flag.help":          {"显示帮助", "show help"},
			"flag.version":       {"显示版本", "show the version"},
			"flag.from":          {"起始日期 YYYY-MM-DD（含）", "first date, YYYY-MM-DD (inclusive)"},
			"flag.to":            {"结束日期 YYYY-MM-DD（含）", "last date, YYYY-MM-DD (inclusive)"},
			"flag.search":        {"只列出包含这段文字的记录（不区分大小写）", "only entries containing this text (any case)"},
			"flag.category":      {"只列出含有这个案例分类的记录", "only entries with a case of this category"},
			"flag.json":          {"输出 JSON", "print JSON"},
			"flag.reason":        {"休息原因 rest（默认）、leave、sick、holiday 或 other", "reason: rest (default), leave, sick, holiday, other"},
			"flag.note":          {"备注", "a note"},
			"flag.remove":        {"取消某天的休息标记", "remove the day off on this date"},
			"flag.backup_output": {"写到这个文件（- 表示标准输出）", "write to this file (- for standard output)"},
			"flag.dry_run":       {"只检查并报告会做什么，不写入", "check and report what would happen, write nothing"},
			"flag.overwrite":     {"用文件中的记录替换已有的同日记录", "replace existing records with the file's"},

			"show.short":    {"查看一天的复盘记录（默认最近一次）", "show a shift's entry (default: the latest)"},
			"show.long":     {"以易读的文字显示一天的复盘记录。DATE 可以是 YYYY-MM-DD、today 或 yesterday；不写则显示最近一次。", "Show a shift's entry as readable text. DATE is YYYY-MM-DD, today or yesterday; without it, the latest entry."},
			"show.title":    {"%[1]s · %[2]s", "%[1]s · %[2]s shift"},
			"show.day_off":  {"%[1]s 是休息日（%[2]s）%[3]s", "%[1]s is a day off (%[2]s) %[3]s"},
			"show.none_yet": {"还没有任何记录。在终端里运行 debrief 开始第一次复盘。", "No entries yet. Run debrief on a terminal to write your first debrief."},
			"show.no_entry": {"%s 没有记录；用 debrief list 查看所有记录", "no entry on %s; see debrief list for all entries"},

			"field.time":         {"时间", "Time"},
			"field.contacts":     {"接待量", "Contacts"},
			"field.csat":         {"满意度", "CSAT"},
			"field.mood":         {"心情", "Mood"},
			"field.energy":       {"精力", "Energy"},
			"field.stress":       {"压力", "Stress"},
			"field.focus_done":   {"上次的小目标", "Last shift's focus"},
			"field.helped":       {"今天帮助用户的三件小事", "Three things I helped with"},
			"field.case_n":       {"典型案例 %d：%s", "Case %d: %s"},
			"field.praise_mark":  {"★ 投诉变表扬", "★ complaint turned into praise"},
			"field.need":         {"客户真正的需求", "Real need"},
			"field.action":       {"我的处理", "What I did"},
			"field.better":       {"下次可以更好", "Better next time"},
			"field.tomorrow":     {"下个班次想做得更好的一件事", "One thing to do better next shift"},
			"field.tags":         {"标签", "Tags"},
			"field.vent_private": {"🔒 情绪出口（仅自己可见，不会导出）", "🔒 Let it out (private, never exported for others)"},

			"list.short":     {"列出复盘记录（可按日期、文字、分类筛选）", "list entries (filter by date, text, category)"},
			"list.long":      {"从新到旧列出复盘记录。--json 输出与备份文件相同字段名的记录数组。", "List entries, newest first. --json prints an array of entries with the archive's field names."},
			"list.empty":     {"没有符合条件的记录。", "No entries match."},
			"list.total":     {"共 %d 条记录", "%d entries"},
			"list.total_one": {"共 %d 条记录", "%d entry"},

			"off.short":         {"标记休息日（休息日不会打断连续记录）", "mark a day off (days off never break a streak)"},
			"off.long":          {"把一天（或 FROM..TO 这一段，如 2026-12-01..2026-12-07 的假期）标记为休息日，默认今天、原因 rest。--remove DATE 或 --remove FROM..TO 取消标记。", "Mark a date (or a range FROM..TO, e.g. leave 2026-12-01..2026-12-07) as days off (default today, reason rest). --remove DATE or --remove FROM..TO takes them back."},
			"off.saved_range":   {"已将 %s 至 %s 的 %d 天标记为休息日（%s）。好好休息。", "%s to %s: %d days are marked as days off (%s). Rest well."},
			"off.has_entries":   {"提示：这些日子已有复盘记录，会照常保留：%s", "Note: these dates also have entries; they are kept: %s"},
			"off.removed_range": {"已取消 %d 个休息标记（%s 至 %s）。", "%d days off taken back (%s to %s)."},
			"off.none_in_range": {"%s 至 %s 没有休息标记", "no day between %s and %s is marked as a day off"},
			"off.saved":         {"已将 %s 标记为休息日（%s）。好好休息。", "%s is marked as a day off (%s). Rest well."},
			"off.has_entry":     {"提示：%s 已有复盘记录，它会照常保留。", "Note: %s also has an entry; it is kept."},
			"off.removed":       {"已取消 %s 的休息标记。", "%s is no longer a day off."},
			"off.not_found":     {"%s 没有休息标记", "%s is not marked as a day off"},

			"backup.short": {"把整本日记备份为一个 JSON 文件（含私人内容）", "back up the whole journal to a JSON file (private parts included)"},
			"backup.long":  {"把所有记录、休息日、改进建议和每周回顾写入一个 JSON 备份文件（权限 0600）。这是你自己的备份，所以包含私人吐槽。默认保存在 $XDG_DATA_HOME/debrief/backups/。", "Write every entry, day off, idea and weekly review to one JSON archive (mode 0600). It is your own backup, so the private venting is included. Default location: $XDG_DATA_HOME/debrief/backups/."},
			"backup.done":  {"已备份 %s、%s、%s、%s 到 %s", "backed up %s, %s, %s, %s to %s"},

			"check.short":        {"检查日记文件是否完好", "check the journal file's integrity"},
			"check.long":         {"只读检查日记文件的结构和每条记录。完好则输出 OK，有问题则列出并以状态码 1 退出。", "Check the journal's structure and every entry, read-only. Prints OK, or the problems and exits 1."},
			"check.ok":           {"OK：%s 完好", "OK: %s is sound"},
			"check.problems":     {"%[2]s 有 %[1]d 个问题", "%[1]d problems in %[2]s"},
			"check.problems_one": {"%[2]s 有 %[1]d 个问题", "%[1]d problem in %[2]s"},
			"check.missing":      {"%s 还不存在；先写一次复盘吧", "%s does not exist yet; write a debrief first"},

			"config.short":      {"配置文件", "the config file"},
			"config.path.short": {"显示配置文件的位置", "print where the config file is"},
			"config.set.short":  {"修改一项设置（例如你的名字）", "change a setting (e.g. your name)"},
			"config.set.long":   {"修改配置文件里的一项设置，其余内容和注释保持不变。可设置：%s。\n例如：debrief config set profile.name 小王", "Change one setting in the config file, keeping everything else and its comments. Settable: %s.\nExample: debrief config set profile.name 小王"},
			"config.set.bad":    {"%s：%s", "%s: %s"},
			"config.set.done":   {"已设置 %s = %s", "set %s = %s"},

			"status.logged":    {"今天（%s）的复盘已经写好了。辛苦了。", "Today's debrief (%s) is done. Well done."},
			"status.off":       {"今天（%s）是休息日（%s）。", "Today (%s) is a day off (%s)."},
			"status.open":      {"今天（%s）还没有复盘。", "No debrief yet for today (%s)."},
			"status.count":     {"日记里共有 %d 条记录。", "%d entries in the journal."},
			"status.count_one": {"日记里共有 %d 条记录。", "%d entry in the journal."},
			"status.hint":      {"在终端里运行 debrief 打开应用；debrief --help 查看所有命令。", "Run debrief on a terminal to open the app; debrief --help lists every command."},

			"warn.file_mode": {"警告：%[1]s 的权限是 %[2]s，别人可能读到你的日记；运行 chmod %[3]s %[4]s", "warning: %[1]s has mode %[2]s and others may read your journal; run chmod %[3]s %[4]s"},
			"warn.dir_mode":  {"警告：目录 %[1]s 的权限是 %[2]s；运行 chmod %[3]s %[4]s", "warning: directory %[1]s has mode %[2]s; run chmod %[3]s %[4]s"},

			"err.usage":            {"%s", "%s"},
			"err.internal":         {"内部错误（已保存的内容没有受影响）：%s", "internal error (nothing saved was touched): %s"},
			"err.locked":           {"日记正被另一个 debrief 使用；请关闭它后再试", "the journal is in use by another debrief; close it and try again"},
			"err.not_journal":      {"%s 不是 debrief 日记文件；检查 --db 或 DEBRIEF_DB（文件没有被改动）", "%s is not a debrief journal; check --db or DEBRIEF_DB (the file was not changed)"},
			"err.newer_schema":     {"%s 是新版 debrief 写的；请安装新版 debrief 再写入（文件没有被改动）", "%s was written by a newer debrief; install a newer debrief to write to it (the file was not changed)"},
			"err.damaged":          {"日记 %s 已损坏，没有写入任何内容；用 debrief restore 从备份恢复", "the journal %s is damaged and nothing was written; restore a backup with debrief restore"},
			"err.full":             {"磁盘空间不足，没能保存；已保存的内容完好，腾出空间后重试", "no space left to save; what was saved before is intact; free some space and try again"},
			"err.config":           {"配置文件 %s：%s", "config file %s: %s"},
			"err.env_today":        {"环境变量 DEBRIEF_TODAY=“%s”不是有效日期；请写成 YYYY-MM-DD，或取消它（unset DEBRIEF_TODAY）", "DEBRIEF_TODAY=%q is not a date; write YYYY-MM-DD, or unset DEBRIEF_TODAY"},
			"err.bad_lang":         {"不支持语言“%s”；请用 zh 或 en", "unknown language %q; use zh or en"},
			"err.bad_date":         {"%s：“%s”不是有效日期；请用 YYYY-MM-DD、today 或 yesterday", "%s: %q is not a valid date; use YYYY-MM-DD, today or yesterday"},
			"err.range_reversed":   {"%s：“%s”的开始日期晚于结束日期；请写成 FROM..TO，FROM 在前", "%s: %q starts after it ends; write FROM..TO with FROM first"},
			"err.range_long":       {"%s：“%s”超过 %d 天；请分段标记", "%s: %q is longer than %d days; mark it in parts"},
			"err.bad_choice":       {"%s：“%s”不是可选值；可选：%s", "%s: %q is not a valid choice; use one of %s"},
			"err.range":            {"--from %s 晚于 --to %s；请把两个日期对调", "--from %s is after --to %s; swap the two dates"},
			"err.range_today":      {"--from %s 晚于今天（%s），而范围最晚到今天；请改用更早的 --from", "--from %s is after today (%s), where the range ends at the latest; use an earlier --from"},
			"err.unknown_flag":     {"没有 %s 这个选项", "unknown flag %s"},
			"err.flag_needs_value": {"%s 后面要写一个值", "%s needs a value"},
			"err.flag_bad_value":   {"%s 不接受“%s”这个值", "%s does not take %q"},
			"err.unknown_command":  {"没有“%s”这个命令", "unknown command %q"},
			"err.unexpected_arg":   {"多余的参数“%s”；运行 %s --help 查看用法", "unexpected argument %q; see %s --help"},
			"err.missing_arg":      {"缺少 %s；运行 %s --help 查看用法", "missing %s; see %s --help"},
			"err.read_file":        {"读不了 %s：%v", "cannot read %s: %v"},
			"err.write_file":       {"写不了 %s：%v", "cannot write %s: %v"},
		}
	})
}
