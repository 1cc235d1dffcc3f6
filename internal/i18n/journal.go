package i18n

// The journal's own words, shared by every room: shift kinds, channels,
// outcomes, reasons for a day off, idea kinds and statuses, scales, and the
// validation rules.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"shift.day":     {"白班", "day"},
			"shift.evening": {"中班", "evening"},
			"shift.night":   {"夜班", "night"},
			"shift.other":   {"其他班次", "other"},

			"channel.phone":  {"电话", "phone"},
			"channel.chat":   {"在线", "chat"},
			"channel.email":  {"邮件", "email"},
			"channel.social": {"社交平台", "social"},
			"channel.other":  {"其他渠道", "other"},

			"outcome.resolved":   {"已解决", "resolved"},
			"outcome.escalated":  {"已升级", "escalated"},
			"outcome.pending":    {"跟进中", "pending"},
			"outcome.unresolved": {"未解决", "unresolved"},

			"reason.rest":    {"休息", "rest"},
			"reason.leave":   {"请假", "leave"},
			"reason.sick":    {"病假", "sick"},
			"reason.holiday": {"节假日", "holiday"},
			"reason.other":   {"其他", "other"},

			"focus.yes":    {"做到了", "yes"},
			"focus.partly": {"部分做到", "partly"},
			"focus.no":     {"没做到", "no"},

			"kind.product":   {"产品", "product"},
			"kind.process":   {"流程", "process"},
			"kind.knowledge": {"知识库", "knowledge"},
			"kind.tooling":   {"工具", "tooling"},
			"kind.other":     {"其他", "other"},

			"status.new":      {"新提出", "new"},
			"status.shared":   {"已反馈", "shared"},
			"status.adopted":  {"已采纳", "adopted"},
			"status.declined": {"未采纳", "declined"},

			"mood.1": {"很糟", "awful"},
			"mood.2": {"低落", "low"},
			"mood.3": {"一般", "okay"},
			"mood.4": {"不错", "good"},
			"mood.5": {"很好", "great"},

			"energy.1": {"耗尽", "drained"},
			"energy.2": {"疲惫", "tired"},
			"energy.3": {"还行", "okay"},
			"energy.4": {"有精神", "fresh"},
			"energy.5": {"充沛", "full"},

			"stress.1": {"很轻松", "calm"},
			"stress.2": {"轻松", "light"},
			"stress.3": {"有压力", "some"},
			"stress.4": {"压力大", "high"},
			"stress.5": {"快撑不住", "overwhelming"},

			"rule.required": {"%[1]s：必须填写", "%[1]s: is required"},
			"rule.one_of":   {"%[1]s：“%[2]s”不是可选值（可选：%[3]s）", "%[1]s: %[2]q is not one of %[3]s"},
			"rule.range":    {"%[1]s：%[2]s 超出范围 %[3]s", "%[1]s: %[2]s is outside %[3]s"},
			"rule.too_long": {"%[1]s：超过 %[3]s 字节的上限", "%[1]s: longer than the limit of %[3]s bytes"},
			"rule.too_many": {"%[1]s：最多 %[3]s 项", "%[1]s: more than %[3]s items"},
			"rule.utf8":     {"%[1]s：不是有效的 UTF-8 文本", "%[1]s: is not valid UTF-8 text"},
			"rule.nul":      {"%[1]s：含有 NUL 字符", "%[1]s: contains a NUL character"},
			"rule.date":     {"%[1]s：“%[2]s”不是有效日期（格式 YYYY-MM-DD）", "%[1]s: %[2]q is not a valid date (YYYY-MM-DD)"},
			"rule.clock":    {"%[1]s：“%[2]s”不是有效时间（格式 HH:MM）", "%[1]s: %[2]q is not a valid time (HH:MM)"},
			"rule.week":     {"%[1]s：“%[2]s”不是有效的周（格式 YYYY-Www）", "%[1]s: %[2]q is not a valid ISO week (YYYY-Www)"},
		}
	})
}
