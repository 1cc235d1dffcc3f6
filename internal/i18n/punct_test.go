package i18n

import (
	"strings"
	"testing"
	"unicode"
)

// asciiPunct is the ASCII punctuation a Chinese reader sees as "programmer
// Chinese" when it stands beside Chinese text; its full-width forms are
// ，：；（）！？.
const asciiPunct = ",:;()!?"

// punctAllowed lists the zh messages allowed to keep ASCII punctuation
// beside Chinese text. Keep it short and say why for each.
var punctAllowed = map[string]string{
	"tui.welcome.keys": "names the ? key, as the footer shows it",
}

// TestChinesePunctuation: in every zh message, ASCII ,:;()!? never stands
// next to a Chinese character (spaces between them do not count as
// separation), full-width brackets are closed by full-width brackets, and no
// space stands beside full-width punctuation (it carries its own spacing). ASCII stays where it belongs:
// times (22:00), key names (ctrl+s), flags, paths, code and numbers.
func TestChinesePunctuation(t *testing.T) {
	for _, k := range Keys() {
		if _, ok := punctAllowed[k]; ok {
			continue
		}
		s := catalog[k].zh
		for _, p := range punctProblems(s) {
			t.Errorf("%s: %s in %q", k, p, s)
		}
	}
}

func TestPunctProblemsCatches(t *testing.T) {
	bad := []string{
		"最近 5 个班次里,至少 4 个压力都很大。",
		"近 7 次 %s(之前 %s)",
		"客户真正的需求: ",
		"这个班次怎么样?",
		"辛苦了!",
		"例如:先共情",
		"（不少公司有员工帮助计划 EAP)",
		"压力 （平均）",
		"用 debrief list 查看所有记录;",
		"典型案例 %d:%s",
		"读不了 %s:%v",
		";",
	}
	for _, s := range bad {
		if len(punctProblems(s)) == 0 {
			t.Errorf("punctProblems(%q) found nothing", s)
		}
	}
	good := []string{
		"最近 5 个班次里，至少 4 个压力都很大。",
		"近 7 次 %s（之前 %s）",
		"下班时间 22:00",
		"a 添加 · enter 修改 · ctrl+s 保存",
		"例如 HH:MM，或 09:30",
		"运行 debrief --help 查看用法。",
		"默认 $XDG_DATA_HOME/debrief/journal.db（或 DEBRIEF_DB）",
		"*/30 18-23 * * 1-5 msg=$(debrief remind)",
		"%s (%s)",
		"；",
	}
	for _, s := range good {
		if p := punctProblems(s); len(p) != 0 {
			t.Errorf("punctProblems(%q) = %v, want none", s, p)
		}
	}
}

// punctProblems lists what is wrong with the punctuation of one zh message.
func punctProblems(s string) []string {
	var out []string
	rs := []rune(s)
	var open []rune // the brackets opened so far, to pair their widths
	// In a Chinese message, a format verb stands for Chinese text or for a
	// value inside it (典型案例 %d：%s); a message of punctuation alone is a
	// joiner of Chinese messages.
	hasHan := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
	hasLetter := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
	for i, r := range rs {
		switch {
		case strings.ContainsRune(asciiPunct, r):
			if chineseAt(rs, i, -1) || chineseAt(rs, i, +1) ||
				hasHan && (verbBefore(rs, i) || verbAfter(rs, i)) || !hasLetter {
				out = append(out, "ASCII "+string(r)+" beside Chinese text")
			}
		case strings.ContainsRune("，：；（）！？、。", r):
			if i > 0 && rs[i-1] == ' ' || i+1 < len(rs) && rs[i+1] == ' ' {
				out = append(out, "a space beside "+string(r))
			}
		}
		switch r {
		case '(', '（':
			open = append(open, r)
		case ')', '）':
			if n := len(open); n > 0 {
				if (open[n-1] == '（') != (r == '）') {
					out = append(out, string(open[n-1])+" closed by "+string(r))
				}
				open = open[:n-1]
			}
		}
	}
	return out
}

// chineseAt reports whether the nearest rune before (dir -1) or after
// (dir +1) position i, spaces skipped, is Chinese text: a Han character,
// CJK or full-width punctuation, or Chinese quotation marks.
func chineseAt(rs []rune, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		r := rs[j]
		if r == ' ' {
			continue
		}
		return unicode.Is(unicode.Han, r) ||
			r >= 0x3000 && r <= 0x303f || // CJK symbols and punctuation
			r >= 0xff00 && r <= 0xffef || // full-width forms
			strings.ContainsRune("“”‘’…", r)
	}
	return false
}

// verbBefore reports whether a format verb (%s, %[2]d, %v…) ends just
// before position i, spaces skipped.
func verbBefore(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && rs[j] == ' ' {
		j--
	}
	return j >= 1 && unicode.IsLetter(rs[j]) && rs[j] < 0x80 &&
		(rs[j-1] == '%' || rs[j-1] == ']' || unicode.IsDigit(rs[j-1]) && strings.ContainsRune(string(rs[:j]), '%'))
}

// verbAfter reports whether a format verb starts just after position i,
// spaces skipped.
func verbAfter(rs []rune, i int) bool {
	j := i + 1
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	return j+1 < len(rs) && rs[j] == '%' && rs[j+1] != '%'
}

// fang, which draws --help, capitalises the first word of every flag and
// command description ("界面语言：zh" would show as "界面语言：Zh",
// "YYYY-MM-DD" as "Yyyy-Mm-Dd"): in Chinese the words before the first
// space carry no Latin letter.
func TestHelpDescriptionsSurviveCapitalising(t *testing.T) {
	for _, k := range Keys() {
		if !strings.HasPrefix(k, "flag.") && !strings.HasSuffix(k, ".short") && !strings.HasPrefix(k, "completion.shell") {
			continue
		}
		first, _, _ := strings.Cut(catalog[k].zh, " ")
		if strings.IndexFunc(first, func(r rune) bool { return r < 128 && unicode.IsLetter(r) }) >= 0 {
			t.Errorf("%s: %q: fang would capitalise a Latin letter in %q; put a space before the first Latin word", k, catalog[k].zh, first)
		}
	}
}
