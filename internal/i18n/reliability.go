package i18n

// The words of backups, restore and damaged journals.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"hint.restore": {
				"最新的完好备份是 %s（%s）；恢复它：debrief restore %s",
				"the newest good backup is %s (%s); restore it with: debrief restore %s",
			},
			// err.damaged without its general restore hint: the command line
			// adds the name of the newest good backup instead.
			"err.damaged_named":  {"日记 %s 已损坏，没有写入任何内容", "the journal %s is damaged and nothing was written"},
			"hint.sep":           {"；", "; "},
			"hint.no_backup":     {"在 %s 没有找到完好的备份", "no good backup found in %s"},
			"warn.backup_failed": {"今天的自动备份没能写入 %s（%s）；这次保存照常进行", "today's automatic backup could not be written to %s (%s); this save went ahead"},

			"restore.short": {"列出自动备份，或用其中一个恢复日记", "list the automatic backups, or restore the journal from one"},
			"restore.long": {
				"不带参数：列出日记的自动备份（每天第一次写入前自动做一份，并检查完好），最新的在前。\n" +
					"带上备份名或路径：先检查这份备份，再把当前的日记文件原样另存到备份目录，然后用备份替换它。\n" +
					"用 debrief backup 导出的 .json 文件请用 debrief import 恢复。",
				"Without an argument: list the journal's automatic backups (a checked copy made before the first\n" +
					"write of each day), newest first.\n" +
					"With a backup's name or path: check the backup, keep the current journal file as it is in the\n" +
					"backups directory, then replace the journal with the backup.\n" +
					"A .json file made by debrief backup is restored with debrief import.",
			},
			"restore.none":        {"%s 里还没有备份；每天第一次写入日记前会自动做一份", "no backups in %s yet; one is made before the first write of each day"},
			"restore.header":      {"%s 里的备份（最新的在前）：", "backups in %s (newest first):"},
			"restore.good":        {"完好", "good"},
			"restore.bad":         {"损坏", "damaged"},
			"restore.entries":     {"%d 条记录", "%d entries"},
			"restore.entries_one": {"%d 条记录", "%d entry"},
			"restore.hint":        {"恢复其中一个：debrief restore 名称", "restore one with: debrief restore NAME"},
			"restore.done":        {"日记 %[2]s 已用备份 %[3]s 恢复（%[1]d 条记录）", "restored the journal %[2]s from %[3]s (%[1]d entries)"},
			"restore.done_one":    {"日记 %[2]s 已用备份 %[3]s 恢复（%[1]d 条记录）", "restored the journal %[2]s from %[3]s (%[1]d entry)"},
			"restore.kept":        {"恢复前的日记原样保存在 %s", "the journal as it was is kept in %s"},
			"restore.json":        {"%s 是导出的存档，不是日记备份；请用 debrief import %s 导入", "%s is an archive, not a journal backup; load it with debrief import %s"},
			"restore.not_found":   {"找不到备份 %s；运行 debrief restore 查看有哪些", "no backup %s; run debrief restore to list them"},
			"restore.bad_backup": {
				"备份 %s 没有通过检查，没有做任何改动：%s",
				"the backup %s failed its check and nothing was changed: %s",
			},
		}
	})
}
