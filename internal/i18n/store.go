package i18n

// The words of the journal's records: problems `debrief check` finds in
// one record, named by bucket and key.
func init() {
	register(map[string]msg{
		"check.record":     {"%s %s：%s", "%s %s: %s"},
		"check.detail":     {"%s（%s）", "%s (%s)"},
		"check.damaged":    {"已损坏，读不出来", "is damaged and can't be read"},
		"check.invalid":    {"内容不符合规则", "breaks a rule"},
		"check.misplaced":  {"存放的位置不对", "is stored under the wrong key"},
		"check.lacking":    {"缺少与它对应的记录", "lacks the record that goes with it"},
		"check.unexpected": {"不是 debrief 写入的内容", "is not something debrief writes"},
	})
}
