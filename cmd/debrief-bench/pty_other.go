//go:build !linux

package main

import (
	"errors"
	"os"
	"syscall"
)

func openPTY(cols, rows uint16) (master, tty *os.File, err error) {
	return nil, nil, errors.New("the first-frame timing needs Linux")
}

func ttyAttr() *syscall.SysProcAttr { return nil }
