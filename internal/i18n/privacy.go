package i18n

// The words of sealing the vent: `debrief private`, passphrases, sealed
// vents wherever they are read, and what removing private text does to the
// backups (docs/PRIVACY.md).
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"private.short": {"给情绪出口上锁：用口令封存，写的时候不用输口令", "seal the vents with a passphrase; writing never asks for it"},
			"private.long": {
				"封存之后，每一段情绪出口（已保存的和草稿里的）写入日记之前都会被加密，只有输入口令才能读；\n" +
					"下班复盘照常写，不会多问一个问题。日记文件、每天的自动备份和 debrief backup 导出的存档里都只有密文。\n" +
					"忘记口令，封存的情绪出口就再也读不到了，其他内容都不受影响。\n\n" +
					"  debrief private enable       开启（设置口令）\n" +
					"  debrief private status       现在的状态\n" +
					"  debrief private passphrase   更换口令\n" +
					"  debrief private disable      关闭（输入口令，情绪出口恢复成明文）\n\n" +
					"脚本里用 --passphrase-file 文件 或环境变量 DEBRIEF_PASSPHRASE_FILE 提供口令（文件的第一行）；口令从不写在命令行上。",
				"Once sealed, every vent (saved or in a draft) is encrypted before it is written, and only the\n" +
					"passphrase reads it; the end-of-shift debrief asks nothing more than before. The journal file, the\n" +
					"daily backups and the archives of debrief backup hold only ciphertext.\n" +
					"A forgotten passphrase loses the sealed vents, and nothing else.\n\n" +
					"  debrief private enable       turn it on (choose a passphrase)\n" +
					"  debrief private status       the current state\n" +
					"  debrief private passphrase   change the passphrase\n" +
					"  debrief private disable      turn it off (asks; the vents become plain text again)\n\n" +
					"In scripts, give the passphrase with --passphrase-file FILE or DEBRIEF_PASSPHRASE_FILE (its first\n" +
					"line); it is never taken on the command line.",
			},
			"private.status.short":     {"情绪出口现在是否封存", "whether the vents are sealed"},
			"private.enable.short":     {"开启封存：设置口令，封存现有的每一段情绪出口", "turn sealing on: choose a passphrase, seal every vent"},
			"private.enable.long":      {"生成一把只属于这份日记的密钥（抗量子的混合密钥），用口令锁好存进日记，然后封存现有的每一段情绪出口，并重写日记文件和每一份自动备份，不留明文。", "Makes a key for this journal (the post-quantum hybrid kind), stores it locked with your passphrase, seals every vent there is, and rewrites the journal file and every automatic backup so no plain copy is left."},
			"private.disable.short":    {"关闭封存：输入口令，情绪出口恢复成明文", "turn sealing off: the vents become plain text again (asks for the passphrase)"},
			"private.disable.long":     {"用口令打开每一段封存的情绪出口，存回明文，并删除密钥。", "Opens every sealed vent with the passphrase, stores it as plain text again and removes the key."},
			"private.passphrase.short": {"更换口令", "change the passphrase"},
			"private.passphrase.long":  {"用旧口令打开密钥，再用新口令锁好；情绪出口本身不变。脚本里用 --passphrase-file（旧）和 --new-passphrase-file（新）。", "Opens the key with the old passphrase and locks it with the new one; the vents stay as they are. In scripts: --passphrase-file (old) and --new-passphrase-file (new)."},
			"private.status.off":       {"情绪出口没有封存：%d 段保存在日记里，%d 份草稿里有，都是明文。开启：debrief private enable", "the vents are not sealed: %d in entries and %d in drafts, in plain text. Turn sealing on with: debrief private enable"},
			"private.status.on":        {"情绪出口已封存：%d 段已保存的，%d 份草稿里的；密钥：%s（%s）。读取时需要口令，写入不需要。", "the vents are sealed: %d in entries, %d in drafts; key: %s (%s). Reading them asks for the passphrase, writing never does."},
			"private.kind.hybrid":      {"抗量子混合密钥 ML-KEM-768 + X25519", "post-quantum hybrid, ML-KEM-768 + X25519"},
			"private.kind.x25519":      {"X25519 密钥", "X25519"},
			"private.already_on":       {"情绪出口已经封存了；更换口令：debrief private passphrase", "the vents are already sealed; to change the passphrase: debrief private passphrase"},
			"private.already_off":      {"情绪出口没有封存；开启：debrief private enable", "the vents are not sealed; turn sealing on with: debrief private enable"},
			"private.enable.intro": {
				"将为情绪出口设置口令。以后写复盘不用输口令，读情绪出口时才需要。\n请记牢：忘记口令，封存的情绪出口就再也读不到了，其他内容都不受影响。",
				"You are about to choose a passphrase for the vents. Writing a debrief will never ask for it; reading a\nvent will. Keep it safe: a forgotten passphrase loses the sealed vents, and nothing else.",
			},
			"private.need_passphrase":        {"需要口令：在终端里运行，或加 --passphrase-file 文件（也可以用环境变量 DEBRIEF_PASSPHRASE_FILE）：debrief private %s --passphrase-file 文件", "a passphrase is needed: run it on a terminal, or give --passphrase-file FILE (or DEBRIEF_PASSPHRASE_FILE): debrief private %s --passphrase-file FILE"},
			"private.need_new_passphrase":    {"需要新口令：在终端里运行，或加 --new-passphrase-file 文件", "a new passphrase is needed: run it on a terminal, or give --new-passphrase-file FILE"},
			"private.need_passphrase_unlock": {"--unlock 需要口令：在终端里运行，或加 --passphrase-file 文件；不加 --unlock 时，封存的情绪出口显示为 \"vent_sealed\": true", "--unlock needs the passphrase: run it on a terminal, or give --passphrase-file FILE; without --unlock a sealed vent is listed as \"vent_sealed\": true"},
			"private.enabled_one":            {"已开启封存：1 段情绪出口已加密，日记文件已重写，不留明文。", "sealing is on: 1 vent is sealed, and the journal file was rewritten without any plain copy."},
			"private.enabled":                {"已开启封存：%d 段情绪出口已加密，日记文件已重写，不留明文。", "sealing is on: %d vents are sealed, and the journal file was rewritten without any plain copy."},
			"private.forgotten":              {"请记牢口令：忘记口令，封存的情绪出口就再也读不到了，其他内容都不受影响。", "Keep the passphrase safe: a forgotten passphrase loses the sealed vents, and nothing else."},
			"private.plain_archives_one":     {"备份目录里有 1 份以前用 debrief backup 导出的存档含有明文的情绪出口（%[2]s）：debrief 不会改动你自己的文件；请删除它，或放到只有你能拿到的地方。", "1 archive made earlier with debrief backup in the backups directory holds vents in plain text (%[2]s): debrief never changes your own files; delete it, or keep it where only you can reach it."},
			"private.plain_archives":         {"备份目录里有 %d 份以前用 debrief backup 导出的存档含有明文的情绪出口（%s）：debrief 不会改动你自己的文件；请删除它们，或放到只有你能拿到的地方。", "%d archives made earlier with debrief backup in the backups directory hold vents in plain text (%s): debrief never changes your own files; delete them, or keep them where only you can reach them."},
			"private.recovery_ask":           {"要不要另存一份密钥的备用副本（用同一个口令锁着；日记损坏时，用它和标准的 age 工具（1.3 或更新）也能打开情绪出口）？输入文件名，直接回车跳过：", "Write a recovery copy of the key (locked with the same passphrase; if the journal is damaged, it opens the vents with the standard age tool, v1.3 or later, too)? A file name, or Enter to skip: "},
			"private.recovery_none":          {"没有另存密钥副本。每份 debrief backup 存档里也带着用口令锁好的密钥。", "No recovery copy written. Every archive made with debrief backup also carries the key, locked with the passphrase."},
			"private.recovery_written":       {"密钥的备用副本已写入 %s（用口令锁着；用 age 1.3 或更新版本打开一段情绪出口：age -d -i 该文件 情绪出口文件）。", "a recovery copy of the key was written to %s (locked with the passphrase; open a vent with age v1.3 or later: age -d -i THAT-FILE VENT-FILE)."},
			"private.backups_rewritten_one":  {"1 份自动备份也已重写。", "1 automatic backup was rewritten too."},
			"private.backups_rewritten":      {"%d 份自动备份也已重写。", "%d automatic backups were rewritten too."},
			"private.disabled_one":           {"已关闭封存：1 段情绪出口恢复成明文，密钥已删除。", "sealing is off: 1 vent is plain text again, and the key was removed."},
			"private.disabled":               {"已关闭封存：%d 段情绪出口恢复成明文，密钥已删除。", "sealing is off: %d vents are plain text again, and the key was removed."},
			"private.passphrase_changed":     {"口令已更换，日记和自动备份里旧的锁已不在。以前用 debrief backup 导出的存档仍然用旧口令打开。", "the passphrase is changed; the old lock is gone from the journal and its automatic backups. Archives made earlier with debrief backup still open with the old passphrase."},
			"private.key_damaged":            {"日记 %s 里的密钥损坏或不匹配：封存的情绪出口打不开，其他内容不受影响；用 debrief restore 恢复一份完好的备份", "the key in the journal %s is damaged or does not match: the sealed vents can't be opened (everything else is fine); restore a good backup with debrief restore"},
			"private.vent_unreadable":        {"有一段封存的情绪出口打不开（%s）；其他内容不受影响", "a sealed vent can't be opened (%s); everything else is fine"},
			"private.sealed_without_key":     {"这段情绪出口是封存的，但日记已经关闭了封存：请重新打开它再保存", "this vent is sealed, but the journal's sealing was turned off since: open it again, then save"},
			"private.older_snapshot":         {"它是升级前的备份，含有已删除的内容，无法逐条改写", "it is a copy from before the upgrade holding removed text, and can't be rewritten record by record"},

			"pass.prompt":                  {"口令：", "Passphrase: "},
			"pass.new_prompt":              {"新口令：", "New passphrase: "},
			"pass.current_prompt":          {"现在的口令：", "Current passphrase: "},
			"pass.archive_prompt":          {"存档密钥的口令：", "Passphrase of the archive's key: "},
			"pass.again":                   {"再输入一次：", "Again: "},
			"pass.differ":                  {"两次输入的口令不一样，什么都没有改动", "the two passphrases differ; nothing was changed"},
			"pass.empty":                   {"口令不能为空，什么都没有改动", "the passphrase can't be empty; nothing was changed"},
			"pass.file_unreadable":         {"读不了口令文件 %s：%v", "cannot read the passphrase file %s: %v"},
			"pass.file_empty":              {"口令文件 %s 的第一行是空的", "the first line of the passphrase file %s is empty"},
			"pass.unlocking":               {"正在解锁…", "unlocking…"},
			"pass.sealing":                 {"正在用口令锁好密钥，封存情绪出口…", "locking the key with the passphrase and sealing the vents…"},
			"pass.wrong":                   {"口令不对，什么都没有改动", "wrong passphrase; nothing was changed"},
			"pass.sealed_left_out_one":     {"1 段封存的情绪出口没有显示：在终端里运行并输入口令，或加 --passphrase-file 文件", "1 sealed vent is not shown: run it on a terminal and give the passphrase, or add --passphrase-file FILE"},
			"pass.sealed_left_out":         {"%d 段封存的情绪出口没有显示：在终端里运行并输入口令，或加 --passphrase-file 文件", "%d sealed vents are not shown: run it on a terminal and give the passphrase, or add --passphrase-file FILE"},
			"flag.passphrase_file":         {"从文件的第一行读口令（也可以用 DEBRIEF_PASSPHRASE_FILE）", "read the passphrase from the first line of FILE (or DEBRIEF_PASSPHRASE_FILE)"},
			"flag.new_passphrase_file":     {"从文件的第一行读新口令", "read the new passphrase from the first line of FILE"},
			"flag.recovery_copy":           {"把用口令锁好的密钥另存到文件（标准的 age 工具可用）", "write the key, locked with the passphrase, to FILE (the age tool reads it)"},
			"flag.unlock":                  {"和 --json 一起用：输入口令，列出封存的情绪出口", "with --json: ask for the passphrase and list sealed vents as text"},
			"flag.archive_passphrase_file": {"存档用另一把密钥封存时，从文件的第一行读那把密钥的口令", "when the archive is sealed with another key, read that key's passphrase from the first line of FILE"},

			"warn.compact_failed":   {"已保存；但删掉的内容暂时还留在 %s 里，没能重写文件（%s）：下次删除内容时会再试", "saved; but what was removed stays in %s for now: the file could not be rewritten (%s); the next removal tries again"},
			"warn.snapshot_kept":    {"备份 %s 正被另一个 debrief 使用，没能改写（%s）：删掉的内容可能还留在里面，直到它被自动清理", "the backup %s was in use by another debrief and could not be rewritten (%s): what was removed may stay in it until it is pruned"},
			"warn.snapshot_removed": {"已删除备份 %s：%s", "removed the backup %s: %s"},

			"import.key_taken":                {"存档的情绪出口是封存的：这份日记现在也用存档的密钥封存，口令就是存档的口令。", "the archive's vents are sealed: this journal now seals its vents with the archive's key, so the archive's passphrase opens them."},
			"import.key_would_be_taken":       {"存档的情绪出口是封存的：导入后这份日记也会用存档的密钥封存。", "the archive's vents are sealed: after the import this journal would seal its vents with the archive's key."},
			"import.resealed_one":             {"1 段封存的情绪出口已用这份日记的密钥重新封存。", "1 sealed vent was sealed again with this journal's key."},
			"import.resealed":                 {"%d 段封存的情绪出口已用这份日记的密钥重新封存。", "%d sealed vents were sealed again with this journal's key."},
			"import.need_archive_passphrase":  {"存档的情绪出口用另一把密钥封存，需要那把密钥的口令：在终端里运行，或加 --archive-passphrase-file 文件；什么都没有导入", "the archive's vents are sealed with another key, whose passphrase is needed: run it on a terminal, or give --archive-passphrase-file FILE; nothing was imported"},
			"import.wrong_archive_passphrase": {"存档密钥的口令不对，什么都没有导入", "wrong passphrase for the archive's key; nothing was imported"},

			"rule.base64":     {"%s 不是 debrief 写出的 base64 密文", "%s is not base64 ciphertext as debrief writes it"},
			"rule.vent_twice": {"%s：同一条记录里既有 vent 又有 sealed_vent", "%s: a record has both vent and sealed_vent"},
			"rule.no_key":     {"%s：存档在记录之前没有给出 sealing（密钥）", "%s: the archive gives no sealing (key) before its entries"},
			"rule.key":        {"%s 不是 debrief 生成的密钥", "%s is not a key debrief made"},

			"tui.key.unlock":           {"解锁", "unlock"},
			"tui.vent.sealed_locked":   {"已封存 · 按 u 输入口令解锁（本次运行只问一次）", "sealed · press u and give the passphrase to read it (asked once per run)"},
			"tui.unlock.prompt":        {"口令（enter 解锁，esc 取消）：", "passphrase (enter unlocks, esc cancels): "},
			"tui.unlock.key_cancel":    {"取消", "cancel"},
			"tui.unlock.key_erase":     {"删一个字", "erase a character"},
			"tui.unlock.key_erase_all": {"全部清除", "erase it all"},
			"tui.unlock.unlocking":     {"正在解锁…", "unlocking…"},
			"tui.unlock.wrong":         {"口令不对", "wrong passphrase"},
			"tui.unlock.unreadable":    {"这段情绪出口打不开（它用另一把密钥封存）", "this vent can't be opened (it is sealed with another key)"},
			"tui.vent.sealed_kept":     {"这里有一段已封存的情绪出口：不解锁也能继续。留空就原样保留；在下面写新的，会替换它。", "There is a sealed vent here: you can go on without unlocking it. Leave this empty to keep it as it is; anything you write below replaces it."},
			"tui.vent.sealed_review":   {"已封存（原样保留）", "sealed (kept as it is)"},
			"tui.resume.sealed":        {"🔒 草稿里的情绪出口已封存：不用解锁也能接着写。", "🔒 The draft's vent is sealed: you can carry on without unlocking it."},

			"show.vent_sealed": {"已封存（在终端里运行 debrief show 并输入口令，或加 --passphrase-file 文件）", "sealed (run debrief show on a terminal and give the passphrase, or add --passphrase-file FILE)"},
		}
	})
}
