package i18n

// The words of the journal's records: problems `debrief check` finds in
// one record, named by bucket and key.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"check.record":     {"%s %s：%s", "%s %s: %s"},
			"check.detail":     {"%s（%s）", "%s (%s)"},
			"check.damaged":    {"已损坏，读不出来", "is damaged and can't be read"},
			"check.invalid":    {"内容不符合规则", "breaks a rule"},
			"check.misplaced":  {"存放的位置不对", "is stored under the wrong key"},
			"check.lacking":    {"缺少与它对应的记录", "lacks the record that goes with it"},
			"check.unexpected": {"不是 debrief 写入的内容", "is not something debrief writes"},

			"err.dangling_link": {
				"日记路径 %s 是一个指向不存在文件（%s）的符号链接；请修好链接，或用 --db 指定日记",
				"the journal path %s is a symbolic link to a file that does not exist (%s); fix the link or give the journal with --db",
			},
			"err.read_only_fs": {
				"日记 %s 在只读的文件系统上：可以查看，不能保存；日记本身没有问题",
				"the journal %s is on a read-only file system: it can be read but not saved; the journal itself is fine",
			},
			"err.no_permission": {
				"没有权限打开日记 %s；请检查它的所有者和权限（应属于你，0600）；日记本身没有问题",
				"no permission to open the journal %s; check its owner and mode (yours, 0600); the journal itself is fine",
			},

			"jot.none":       {"%s 还没有速记；记一条：debrief jot 内容", "no jots yet for %s; add one with: debrief jot TEXT"},
			"jot.header":     {"%s 的速记（%d 条）：", "jots of %s (%d):"},
			"jot.json_lists": {"--json 用来列出今天的速记，不能和内容一起用", "--json lists today's jots; it does not go with TEXT"},

			"flag.salvage": {"日记有损坏时：把每条还能读出的记录写成存档，并列出读不出的记录", "for a damaged journal: write every record that can still be read to an archive, and list those that can't"},
			"backup.salvaged": {
				"已救出 %s、%s、%s、%s 到 %s",
				"salvaged %s, %s, %s, %s to %s",
			},
			"backup.skipped": {
				"有 %d 条记录读不出来，没有放进存档：",
				"%d records could not be read and are not in the archive:",
			},
			"backup.skipped_one": {
				"有 1 条记录读不出来，没有放进存档：",
				"1 record could not be read and is not in the archive:",
			},
			"backup.salvage_next": {
				"用 debrief import 把存档导入一个新的日记（--db 新文件），或用 debrief restore 恢复一个完好的备份",
				"import the archive into a new journal (debrief --db NEW.db import FILE), or restore a good backup with debrief restore",
			},
		}
	})
}
