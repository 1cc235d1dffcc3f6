// Package seal keeps private text readable only with a passphrase, over
// filippo.io/age: a journal's key (an age identity, the post-quantum hybrid
// kind) is generated once and stored wrapped with the passphrase (age's
// scrypt recipient); text is sealed to the key's public half, which needs
// no passphrase, and opened with the unwrapped key. It is a leaf: it knows
// bytes and age, nothing of debrief's journal.
//
// What the wrapped key holds is an age identity file (comment lines and one
// AGE-SECRET-KEY-PQ-1… line) encrypted with the passphrase, so the armored
// form (Armor) is a file the stock age command line reads:
// `age -d -i key.age vent.age`.
package seal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"filippo.io/age"
	"filippo.io/age/armor"
)

// WorkFactor is the scrypt work factor (log2 N) a new wrap uses: 18 is
// 256 MiB and about 0.8 s on a 2-core machine (docs/PRIVACY.md has the
// table). Tests lower it: the factor is stored in the wrap, so a key
// wrapped at another factor still opens.
var WorkFactor = 18

// MaxWorkFactor is the highest work factor debrief agrees to compute when
// opening a wrap (age's own default is 22, 4 GiB): a crafted journal or
// archive can't make debrief spend more than 512 MiB and a few seconds.
const MaxWorkFactor = 19

// Limits on what is opened: a vent is at most a text field's size, sealed;
// a wrapped key is a few hundred bytes.
const (
	MaxSealed  = 1 << 20
	maxWrapped = 16 << 10
)

// Errors callers branch on. None of them ever holds the passphrase.
var (
	ErrWrongPassphrase = errors.New("wrong passphrase")
	ErrEmptyPassphrase = errors.New("the passphrase is empty")
	ErrDamagedKey      = errors.New("the sealed key is damaged")
	// ErrKeyMismatch: the wrapped key opened, but its public half is not
	// the recipient stored beside it (damage or tampering).
	ErrKeyMismatch = errors.New("the sealed key does not match the journal's recipient")
	ErrNotSealed   = errors.New("not sealed text")
	ErrOtherKey    = errors.New("sealed with another key")
)

// Key is an unwrapped identity: it opens what was sealed to its recipient.
// Hold it for one operation or one run of the app, no longer.
type Key struct {
	id  age.Identity
	rec string
}

// Recipient is the public half: it seals without a passphrase.
type Recipient struct {
	r   age.Recipient
	str string
}

// Generate makes a new key of the post-quantum hybrid kind (ML-KEM-768 +
// X25519): a sealed vent copied today must stay closed to a quantum
// computer decades from now, and the price (about 1.7 KB more per vent)
// is paid only by the vents bucket, which listings never read.
func Generate() (*Key, error) {
	NoCoreDumps()
	id, err := age.GenerateHybridIdentity()
	if err != nil {
		return nil, err
	}
	return &Key{id: id, rec: id.Recipient().String()}, nil
}

// Recipient is the key's public half as text (age1pq1…).
func (k *Key) Recipient() string { return k.rec }

// ParseRecipient reads a stored recipient: the hybrid kind, or X25519
// (age1…), which debrief does not generate but opens and seals to.
func ParseRecipient(s string) (*Recipient, error) {
	var r age.Recipient
	var err error
	switch {
	case strings.HasPrefix(s, "age1pq1"):
		r, err = age.ParseHybridRecipient(s)
	case strings.HasPrefix(s, "age1"):
		r, err = age.ParseX25519Recipient(s)
	default:
		err = errors.New("not an age recipient")
	}
	if err != nil {
		return nil, fmt.Errorf("%w: recipient: %v", ErrDamagedKey, err)
	}
	return &Recipient{r: r, str: s}, nil
}

// String is the recipient as stored.
func (r *Recipient) String() string { return r.str }

// Seal encrypts text to the recipient.
func (r *Recipient) Seal(text []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(text) + 2048)
	w, err := age.Encrypt(&buf, r.r)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(text); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Open decrypts what was sealed to the key's recipient. ErrOtherKey: it
// was sealed to another recipient; ErrNotSealed: it is not age at all.
func (k *Key) Open(sealed []byte) ([]byte, error) {
	if len(sealed) > MaxSealed {
		return nil, fmt.Errorf("%w (%d bytes)", ErrNotSealed, len(sealed))
	}
	r, err := age.Decrypt(bytes.NewReader(sealed), k.id)
	var nm *age.NoIdentityMatchError
	switch {
	case errors.As(err, &nm):
		return nil, ErrOtherKey
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrNotSealed, err)
	}
	out, err := io.ReadAll(io.LimitReader(r, MaxSealed))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotSealed, err)
	}
	return out, nil
}

// Wrap encrypts the key with the passphrase (age scrypt, WorkFactor): the
// form the journal and the archive keep. It holds an identity file, with
// the recipient in a comment for people.
func (k *Key) Wrap(pass []byte) ([]byte, error) {
	if len(pass) == 0 {
		return nil, ErrEmptyPassphrase
	}
	sr, err := age.NewScryptRecipient(string(pass))
	if err != nil {
		return nil, err
	}
	sr.SetWorkFactor(WorkFactor)
	file := k.identityFile()
	defer clear(file)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, sr)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(file); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// identityFile is the key as an age identity file.
func (k *Key) identityFile() []byte {
	var b []byte
	b = append(b, "# debrief journal key: opens the sealed vents of one journal\n"...)
	b = append(b, "# public key: "...)
	b = append(b, k.rec...)
	b = append(b, '\n')
	b = append(b, identityString(k.id)...)
	return append(b, '\n')
}

func identityString(id age.Identity) string {
	switch id := id.(type) {
	case *age.HybridIdentity:
		return id.String()
	case *age.X25519Identity:
		return id.String()
	}
	return ""
}

// Unwrap opens a wrapped key with the passphrase and checks that its public
// half is recipient (the one stored beside it). A wrong passphrase is
// ErrWrongPassphrase and costs as long as a right one.
func Unwrap(wrapped, pass []byte, recipient string) (*Key, error) {
	if len(pass) == 0 {
		return nil, ErrEmptyPassphrase
	}
	if err := CheckWrapped(wrapped); err != nil {
		return nil, err
	}
	NoCoreDumps()
	si, err := age.NewScryptIdentity(string(pass))
	if err != nil {
		return nil, err
	}
	si.SetMaxWorkFactor(MaxWorkFactor)
	r, err := age.Decrypt(bytes.NewReader(wrapped), si)
	var nm *age.NoIdentityMatchError
	switch {
	case errors.As(err, &nm):
		return nil, ErrWrongPassphrase
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamagedKey, err)
	}
	file, err := io.ReadAll(io.LimitReader(r, maxWrapped))
	defer clear(file)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamagedKey, err)
	}
	ids, err := age.ParseIdentities(bytes.NewReader(file))
	if err != nil || len(ids) != 1 {
		return nil, fmt.Errorf("%w: not one identity inside", ErrDamagedKey)
	}
	k := &Key{id: ids[0]}
	switch id := ids[0].(type) {
	case *age.HybridIdentity:
		k.rec = id.Recipient().String()
	case *age.X25519Identity:
		k.rec = id.Recipient().String()
	default:
		return nil, fmt.Errorf("%w: unknown kind of key", ErrDamagedKey)
	}
	if k.rec != recipient {
		return nil, ErrKeyMismatch
	}
	return k, nil
}

// CheckWrapped checks a wrapped key without the passphrase: an age file
// with exactly one stanza, of the scrypt kind, whose work factor is within
// MaxWorkFactor (what `debrief check` can say about it).
func CheckWrapped(wrapped []byte) error {
	if len(wrapped) == 0 || len(wrapped) > maxWrapped {
		return fmt.Errorf("%w: %d bytes", ErrDamagedKey, len(wrapped))
	}
	var in inspector
	_, err := age.Decrypt(bytes.NewReader(wrapped), &in)
	if !in.called {
		return fmt.Errorf("%w: %v", ErrDamagedKey, err)
	}
	return in.err
}

// inspector is an age.Identity that only looks at the stanzas.
type inspector struct {
	called bool
	err    error
}

func (in *inspector) Unwrap(stanzas []*age.Stanza) ([]byte, error) {
	in.called = true
	switch {
	case len(stanzas) != 1 || stanzas[0].Type != "scrypt" || len(stanzas[0].Args) != 2:
		in.err = fmt.Errorf("%w: not one passphrase stanza", ErrDamagedKey)
	default:
		n := 0
		for _, c := range stanzas[0].Args[1] {
			if c < '0' || c > '9' || n > MaxWorkFactor {
				n = MaxWorkFactor + 1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n < 1 || n > MaxWorkFactor {
			in.err = fmt.Errorf("%w: work factor %q beyond %d", ErrDamagedKey, stanzas[0].Args[1], MaxWorkFactor)
		}
	}
	return nil, age.ErrIncorrectIdentity
}

// Armor is the wrapped key as ASCII-armored text: what the JSON archive
// carries and what a recovery copy holds.
func Armor(wrapped []byte) string {
	var b strings.Builder
	w := armor.NewWriter(&b)
	// A strings.Builder never fails, so neither can the armor writer on it.
	_, _ = w.Write(wrapped)
	_ = w.Close()
	return b.String()
}

// Dearmor reads armored text back into the wrapped key.
func Dearmor(text string) ([]byte, error) {
	if len(text) > 2*maxWrapped || !utf8.ValidString(text) {
		return nil, fmt.Errorf("%w: not an armored key", ErrDamagedKey)
	}
	out, err := io.ReadAll(armor.NewReader(strings.NewReader(text)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamagedKey, err)
	}
	return out, CheckWrapped(out)
}
