package i18n

// The words of the archive: import, its size limit, and what is wrong
// with a file that is not an archive or has a bad record.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"import.short": {"从 JSON 备份文件导入", "import a JSON archive"},
			"import.long": {
				"边读边检查，一次读完：任何一条记录有误就什么都不导入，并指出是哪一部分的第几条、它的日期（或编号、周）和哪个字段。" +
					"已存在的日期默认跳过（--overwrite 则替换），所以重复导入同一个文件不会改变任何东西。" +
					"文件大小上限为 %[1]s，可在配置文件 %[2]s 的 [import] max_size_mib 修改。",
				"The file is checked as it is read, in one pass: one bad record and nothing is imported, and the " +
					"message names the section, the record's position, its date (or id, or week) and the field. " +
					"Existing dates are skipped (replaced with --overwrite), so importing the same file twice changes " +
					"nothing. Files up to %[1]s are read; set [import] max_size_mib in %[2]s to change that.",
			},
			"import.progress":      {"正在导入 %d%%", "importing %d%%"},
			"import.done":          {"已导入 %s、%s、%s、%s；跳过 %d 条已有的", "imported %s, %s, %s, %s; skipped %d"},
			"import.done_jots":     {"（记录带着 %d 条速记）", " (the entries bring %d jots)"},
			"import.done_jots_one": {"（记录带着 %d 条速记）", " (the entries bring %d jot)"},
			"import.dry_run":       {"试运行：将导入 %s、%s、%s、%s；跳过 %d 条已有的。没有写入任何内容。", "dry run: would import %s, %s, %s, %s; skip %d. Nothing was written."},
			"import.too_large": {
				"%[1]s 有 %[2]s，超过导入上限 %[3]s；没有导入任何内容。可在 %[4]s 的 [import] max_size_mib 调高上限",
				"%[1]s is %[2]s, more than the import limit of %[3]s; nothing imported. Raise [import] max_size_mib in %[4]s",
			},

			"err.record":      {"没有导入任何内容：%[1]s 第 %[2]d 条%[3]s：%[4]s", "nothing imported: %[1]s #%[2]d%[3]s: %[4]s"},
			"archive.key":     {"（%s）", " (%s)"},
			"archive.nothing": {"没有导入任何内容：%s", "nothing imported: %s"},

			"archive.empty":       {"不是 debrief 备份文件：文件是空的", "not a debrief archive: the file is empty"},
			"archive.not_json":    {"不是 debrief 备份文件：不是 JSON（%s）", "not a debrief archive: not JSON (%s)"},
			"archive.not_object":  {"不是 debrief 备份文件：内容是%s，不是 JSON 对象", "not a debrief archive: %s, not a JSON object"},
			"archive.no_format":   {"不是 debrief 备份文件：没有 \"format\" 字段", "not a debrief archive: no \"format\" field"},
			"archive.format_case": {"不是 debrief 备份文件：没有 \"format\" 字段（“%s”不是 \"format\"：字段名区分大小写）", "not a debrief archive: no \"format\" field (%q is not \"format\": names are case-sensitive)"},
			"archive.format":      {"不是 debrief 备份文件：\"format\" 是“%s”，不是 \"debrief-archive\"", "not a debrief archive: \"format\" is %q, not \"debrief-archive\""},
			"archive.no_version":  {"没有导入任何内容：备份文件缺少 \"version\" 字段", "nothing imported: the archive has no \"version\" field"},
			"archive.version":     {"没有导入任何内容：这个备份文件是第 %s 版，这个 debrief 读得了第 1、2 版；请升级 debrief", "nothing imported: this archive is version %s, and this debrief reads versions 1 and 2: update debrief"},
			"archive.too_large":   {"没有导入任何内容：备份文件超过导入上限 %[1]s；可在 %[2]s 的 [import] max_size_mib 调高上限", "nothing imported: the archive is larger than the import limit of %[1]s; raise [import] max_size_mib in %[2]s"},
			"archive.syntax":      {"没有导入任何内容：备份文件不是有效的 JSON，%s", "nothing imported: the archive is not valid JSON at %s"},
			"archive.trailing":    {"没有导入任何内容：备份文件结尾之后还有内容（第 %s 行）", "nothing imported: more text after the end of the archive (line %s)"},
			"archive.unreadable":  {"没有导入任何内容：读备份文件时出错：%v", "nothing imported: reading the archive failed: %v"},

			// What the text itself does wrong, with the line it is on.
			"syn.unexpected": {"第 %[1]d 行：这里不该有 %[2]s", "line %[1]d: unexpected %[2]s"},
			"syn.eof":        {"第 %[1]d 行：文件在一个值的中间结束了（文件不完整？）", "line %[1]d: the file ends in the middle of a value (is it cut short?)"},
			"syn.control":    {"第 %[1]d 行：字符串里有未转义的控制字符（如换行应写成 \\n）", "line %[1]d: a control character inside a string (a line break must be written \\n)"},
			"syn.escape":     {"第 %[1]d 行：字符串里有无效的转义 %[2]s", "line %[1]d: an unknown escape %[2]s in a string"},
			"syn.number":     {"第 %[1]d 行：数字 %[2]s 的写法不对", "line %[1]d: a malformed number %[2]s"},
			"syn.depth":      {"第 %[1]d 行：嵌套太深", "line %[1]d: nested too deeply"},

			// How a record is written wrong (the journal's own rules are rule.*
			// in journal.go).
			"rule.unknown":    {"%[1]s：没有这个字段", "%[1]s: no such field"},
			"rule.case":       {"%[1]s：没有这个字段（字段名区分大小写，应为 %[3]s）", "%[1]s: no such field (names are case-sensitive: %[3]s)"},
			"rule.twice":      {"%[1]s：在同一条记录里出现了两次", "%[1]s: given twice in one record"},
			"rule.time":       {"%[1]s：“%[2]s”不是有效的时间（RFC 3339，如 2026-11-25T21:30:00+08:00）", "%[1]s: %[2]q is not a valid time (RFC 3339, e.g. 2026-11-25T21:30:00+08:00)"},
			"rule.version2":   {"%[1]s：只有第 2 版备份才有这个字段，而这个文件写的是第 1 版", "%[1]s: only version 2 archives have this field, and this one says version 1"},
			"rule.same_key":   {"%[1]s：%[2]s 的第二条记录", "%[1]s: a second record for %[2]s"},
			"rule.type":       {"%[1]s：这里应是%[3]s，却是%[2]s", "%[1]s: %[2]s where %[3]s belongs"},
			"rule.not_record": {"这里应是一条记录（对象），却是%[2]s", "%[2]s where a record (an object) belongs"},

			// JSON kinds as the two messages above name them.
			"kind.string":       {"文本", "text"},
			"kind.number":       {"数字", "a number"},
			"kind.fraction":     {"带小数的数字", "a number with a fraction"},
			"kind.whole_number": {"整数", "a whole number"},
			"kind.object":       {"对象", "an object"},
			"kind.array":        {"列表", "a list"},
			"kind.boolean":      {"true 或 false", "true or false"},
			"kind.null":         {"null", "null"},
		}
	})
}
