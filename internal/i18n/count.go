package i18n

// Counts of things, the pieces of messages that count more than one kind
// of thing ("imported 3 entries, 1 day off, …"). Printer.N picks the _one
// form for a count of 1.
func init() {
	register(func() map[string]msg {
		return map[string]msg{
			"count.entries":      {"%d 条记录", "%d entries"},
			"count.entries_one":  {"%d 条记录", "%d entry"},
			"count.days_off":     {"%d 个休息日", "%d days off"},
			"count.days_off_one": {"%d 个休息日", "%d day off"},
			"count.ideas":        {"%d 条建议", "%d ideas"},
			"count.ideas_one":    {"%d 条建议", "%d idea"},
			"count.reviews":      {"%d 篇每周回顾", "%d weekly reviews"},
			"count.reviews_one":  {"%d 篇每周回顾", "%d weekly review"},
			"count.cases":        {"%d 个案例", "%d cases"},
			"count.cases_one":    {"%d 个案例", "%d case"},
			"count.praise":       {"%d 个投诉变表扬", "%d complaints turned into praise"},
			"count.praise_one":   {"%d 个投诉变表扬", "%d complaint turned into praise"},
			"count.shifts":       {"%d 个班次", "%d shifts"},
			"count.shifts_one":   {"%d 个班次", "%d shift"},
			"count.weeks":        {"%d 周", "%d weeks"},
			"count.weeks_one":    {"%d 周", "%d week"},
			"count.missed":       {"%d 个上班日没有记录", "%d workdays not logged"},
			"count.missed_one":   {"%d 个上班日没有记录", "%d workday not logged"},
		}
	})
}
