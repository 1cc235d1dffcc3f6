package main

import (
	"bytes"
	"os"
)

// answers are the replies a terminal gives to the queries an app may send
// while starting (cursor position, colours, device attributes), so that
// nothing waits for a reply.
var answers = []struct{ query, reply string }{
	{"\x1b[6n", "\x1b[1;1R"},                          // cursor position
	{"\x1b[c", "\x1b[?62;22c"},                        // primary device attributes
	{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"}, // background colour
	{"\x1b]10;?", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"}, // foreground colour
	{"\x1b[?u", "\x1b[?0u"},                           // keyboard enhancements
	{"\x1b[?2026$p", "\x1b[?2026;2$y"},                // synchronized output mode
	{"\x1b[?2027$p", "\x1b[?2027;0$y"},                // unicode core mode
}

func answerQueries(master *os.File, chunk []byte) {
	for _, a := range answers {
		if bytes.Contains(chunk, []byte(a.query)) {
			master.Write([]byte(a.reply))
		}
	}
}

func skipEscape(b []byte, i int) int {
	switch b[i+1] {
	case '[': // CSI: parameters, then a final byte 0x40–0x7e
		for j := i + 2; j < len(b); j++ {
			if b[j] >= 0x40 && b[j] <= 0x7e {
				return j + 1
			}
		}
		return len(b)
	case ']', 'P', 'X', '^', '_': // strings ended by BEL or ST
		for j := i + 2; j < len(b); j++ {
			if b[j] == 0x07 {
				return j + 1
			}
			if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
				return j + 2
			}
		}
		return len(b)
	}
	return i + 2
}
