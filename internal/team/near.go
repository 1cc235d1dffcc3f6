package team

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Two texts are near-duplicates — the same idea or lesson written by two
// people — when their token sets overlap with a Dice coefficient of at
// least nearDice. Tokens are made for both languages at once:
//
//   - the text is folded first: full-width letters and digits to ASCII,
//     letters to lower case; punctuation, symbols and blanks separate;
//   - a run of Han (or kana, hangul) characters gives its character
//     bigrams ("订单页显示" → 订单 单页 页显 显示), a one-character run the
//     character: Chinese has no spaces, and bigrams match the same words
//     written with a particle more or less ("在订单页面显示快递员的电话");
//   - a run of letters or digits gives one word token, except a few
//     English function words (the, a, to, …) and a plural or possessive
//     "s" ("couriers" and "courier" are one word).
//
// nearDice 0.6 groups "订单页显示快递员电话" with "在订单页面显示快递员的电话"
// (0.67) and "Show the courier's phone on the order page" with "show
// courier phone number on order page" (0.91), and keeps "退款话术模板" apart
// from "退款流程简化" (0.2). A text with fewer than two tokens is only the
// same as a text with the same tokens.
const nearDice = 0.6

var stopWords = map[string]bool{"the": true, "a": true, "an": true, "to": true, "of": true, "on": true, "in": true,
	"for": true, "and": true, "or": true, "is": true, "be": true, "s": true, "with": true, "at": true, "by": true}

// tokens returns the set of tokens of s (see nearDice).
func tokens(s string) map[string]bool {
	set := map[string]bool{}
	var word []rune
	var han []rune
	flushWord := func() {
		if len(word) > 0 {
			w := string(word)
			if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				w = w[:len(w)-1]
			}
			if !stopWords[w] {
				set[w] = true
			}
			word = word[:0]
		}
	}
	flushHan := func() {
		switch len(han) {
		case 0:
		case 1:
			set[string(han)] = true
		default:
			for i := 0; i+1 < len(han); i++ {
				set[string(han[i:i+2])] = true
			}
		}
		han = han[:0]
	}
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			r -= 0xFEE0
		}
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, unicode.ToLower(r))
		default:
			flushWord()
			flushHan()
		}
	}
	flushWord()
	flushHan()
	return set
}

// dice is the Dice coefficient of two token sets.
func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for t := range a {
		if b[t] {
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

// near says whether two token sets are the same idea.
func near(a, b map[string]bool) bool {
	if len(a) < 2 || len(b) < 2 {
		return len(a) == len(b) && dice(a, b) == 1
	}
	return dice(a, b) >= nearDice
}

// key is the exact form two texts share when they differ only in case,
// width, blanks and punctuation.
func key(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// groupTexts groups texts (by index) into near-duplicate groups, each in
// the order of its first member; texts with the same key are one text for
// the comparison, so a team's repeated ideas cost one comparison each.
func groupTexts(texts []string) [][]int {
	var keys []string
	byKey := map[string]int{}
	members := [][]int{}
	for i, t := range texts {
		k := key(t)
		j, ok := byKey[k]
		if !ok {
			j = len(keys)
			byKey[k] = j
			keys = append(keys, k)
			members = append(members, nil)
		}
		members[j] = append(members[j], i)
	}
	toks := make([]map[string]bool, len(keys))
	for j := range keys {
		toks[j] = tokens(texts[members[j][0]])
	}
	// Union-find over the distinct texts: near is not transitive, and a
	// chain of near texts is one group (single link).
	parent := make([]int, len(keys))
	for j := range parent {
		parent[j] = j
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	candidates(toks, func(a, b int) {
		if find(a) != find(b) && near(toks[a], toks[b]) {
			union(a, b)
		}
	})
	var groups [][]int
	at := map[int]int{}
	for j := range keys {
		r := find(j)
		g, ok := at[r]
		if !ok {
			g = len(groups)
			at[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], members[j]...)
	}
	for _, g := range groups {
		slices.Sort(g)
	}
	return groups
}

// candidates calls pair(i, j), i < j, for the token sets that can be near,
// without comparing every pair (a team's ten years hold tens of thousands
// of distinct lessons): prefix filtering. Dice(A, B) >= t needs an overlap
// of at least t·|A|/(2−t) tokens, so with every set's tokens in one global
// order (rarest first), two near sets share a token among the first
// |A| − ceil(t·|A|/(2−t)) + 1 of each; only those prefixes are indexed. A
// token already in maxPosting prefixes stops gathering candidates: it is
// so common that it says little, and following it would make the grouping
// quadratic. A pair may be offered more than once.
func candidates(toks []map[string]bool, pair func(i, j int)) {
	freq := map[string]int{}
	for _, set := range toks {
		for tk := range set {
			freq[tk]++
		}
	}
	index := map[string][]int{}
	order := []string{}
	for j, set := range toks {
		order = order[:0]
		for tk := range set {
			order = append(order, tk)
		}
		slices.SortFunc(order, func(a, b string) int {
			if freq[a] != freq[b] {
				return freq[a] - freq[b]
			}
			return strings.Compare(a, b)
		})
		need := int(math.Ceil(nearDice * float64(len(order)) / (2 - nearDice)))
		for _, tk := range order[:max(0, min(len(order), len(order)-need+1))] {
			list := index[tk]
			for _, i := range list {
				pair(i, j)
			}
			if len(list) < maxPosting {
				index[tk] = append(list, j)
			}
		}
	}
}

// maxPosting bounds how many texts one token gathers as candidates.
const maxPosting = 1000
