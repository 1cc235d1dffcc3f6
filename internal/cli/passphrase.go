package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/debrief-app/debrief/internal/day"
	"github.com/debrief-app/debrief/internal/seal"
)

// Passphrases are read from a file named by --passphrase-file or
// DEBRIEF_PASSPHRASE_FILE (its first line), or asked on the terminal
// without echo; never taken as a flag's value (shell history, ps). With
// neither a file nor a terminal there is no passphrase, and no waiting for
// one.

// errNoPassphrase: no file was given and stdin is not a terminal.
var errNoPassphrase = errors.New("no passphrase")

// passEnv names the passphrase file when --passphrase-file does not.
const passEnv = "DEBRIEF_PASSPHRASE_FILE"

// maxPassFile is the most read of a passphrase file.
const maxPassFile = 4096

// passphrase reads the journal's passphrase: from file (or the one
// DEBRIEF_PASSPHRASE_FILE names), else asked on the terminal with prompt
// (twice when confirm, for a new one). The caller zeroes it (clear).
func (a *App) passphrase(file, prompt string, confirm bool) ([]byte, error) {
	if file == "" {
		file = a.Getenv(passEnv)
	}
	return a.newPassphrase(file, prompt, confirm)
}

// asks reports whether passphrase would ask on the terminal (no file).
func (a *App) asks(file string) bool {
	in, ok := a.Stdin.(*os.File)
	return file == "" && a.Getenv(passEnv) == "" && ok && term.IsTerminal(in.Fd())
}

// newPassphrase is passphrase without the environment: a second, new
// passphrase (`private passphrase`) never comes from it.
func (a *App) newPassphrase(file, prompt string, confirm bool) ([]byte, error) {
	seal.NoCoreDumps()
	if file != "" {
		return a.passphraseFile(file)
	}
	in, ok := a.Stdin.(*os.File)
	if !ok || !term.IsTerminal(in.Fd()) {
		return nil, errNoPassphrase
	}
	pass, err := a.ask(in, prompt)
	if err != nil || !confirm {
		return pass, err
	}
	again, err := a.ask(in, a.P.T("pass.again"))
	defer clear(again)
	if err != nil {
		clear(pass)
		return nil, err
	}
	if !bytes.Equal(pass, again) {
		clear(pass)
		return nil, fmt.Errorf("%s", a.P.T("pass.differ"))
	}
	return pass, nil
}

func (a *App) ask(in *os.File, prompt string) ([]byte, error) {
	fmt.Fprint(a.Stderr, prompt)
	pass, err := term.ReadPassword(in.Fd())
	fmt.Fprintln(a.Stderr)
	if err != nil {
		return nil, err
	}
	if len(pass) == 0 {
		return nil, fmt.Errorf("%s", a.P.T("pass.empty"))
	}
	return pass, nil
}

// passphraseFile is the first line of a file, without its line end.
func (a *App) passphraseFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s", a.P.T("pass.file_unreadable", path, errors.Unwrap(err)))
	}
	defer f.Close()
	buf := make([]byte, maxPassFile)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		clear(buf)
		return nil, fmt.Errorf("%s", a.P.T("pass.file_unreadable", path, err))
	}
	line := buf[:n]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	pass := bytes.Clone(line)
	clear(buf)
	if len(pass) == 0 {
		return nil, fmt.Errorf("%s", a.P.T("pass.file_empty", path))
	}
	return pass, nil
}

// unlock asks for the journal's passphrase (file or terminal) and
// unwraps the key, showing "unlocking…" on a terminal while scrypt works.
// errNoPassphrase when there is neither a file nor a terminal.
func (a *App) unlock(j *day.Journal, file string) (*seal.Key, error) {
	pass, err := a.passphrase(file, a.P.T("pass.prompt"), false)
	if err != nil {
		return nil, err
	}
	defer clear(pass)
	return a.unlockWith(func() (*seal.Key, error) { return j.Unlock(pass) })
}

// unlockWith runs an unwrap with "unlocking…" on a terminal.
func (a *App) unlockWith(fn func() (*seal.Key, error)) (*seal.Key, error) {
	var k *seal.Key
	err := a.busy(a.P.T("pass.unlocking"), func() error {
		var err error
		k, err = fn()
		return err
	})
	return k, err
}

// busy shows what is under way on a terminal's stderr while fn runs (a
// second or more of scrypt), and clears the line after.
func (a *App) busy(what string, fn func() error) error {
	tty := ttyFile(a.Stderr)
	if tty {
		fmt.Fprint(a.Stderr, what)
	}
	err := fn()
	if tty {
		fmt.Fprint(a.Stderr, "\r\x1b[K")
	}
	return err
}

// sealedSkipped tells, on stderr, that n vents are sealed and were left
// out, and how to include them.
func (a *App) sealedSkipped(n int) {
	if n > 0 {
		fmt.Fprintln(a.Stderr, "debrief: "+a.P.N("pass.sealed_left_out", n))
	}
}

// passFlagHelp is the help of --passphrase-file.
func (a *App) passFlagHelp() string { return a.P.T("flag.passphrase_file") }
