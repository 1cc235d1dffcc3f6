package seal

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"filippo.io/age"
)

func TestMain(m *testing.M) {
	WorkFactor = 10 // the factor is in the wrap; 18 would cost 0.8 s a wrap
	m.Run()
}

func TestSealAndOpenAVent(t *testing.T) {
	k, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(k.Recipient(), "age1pq1") {
		t.Fatalf("recipient %.12q…: want the hybrid kind", k.Recipient())
	}
	r, err := ParseRecipient(k.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	vent := []byte("今天被骂了三次，我真的很想辞职。\n第二行")
	sealed, err := r.Seal(vent)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, vent[:12]) {
		t.Fatal("the sealed text holds the plain text")
	}
	got, err := k.Open(sealed)
	if err != nil || !bytes.Equal(got, vent) {
		t.Fatalf("Open = %q, %v; want %q", got, err, vent)
	}
	other, _ := Generate()
	if _, err := other.Open(sealed); !errors.Is(err, ErrOtherKey) {
		t.Fatalf("another key: %v, want ErrOtherKey", err)
	}
	if _, err := k.Open([]byte("not age")); !errors.Is(err, ErrNotSealed) {
		t.Fatalf("plain bytes: %v, want ErrNotSealed", err)
	}
}

func TestWrapUnwrap(t *testing.T) {
	k, _ := Generate()
	pass := []byte("correct horse 电池")
	w, err := k.Wrap(pass)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckWrapped(w); err != nil {
		t.Fatalf("CheckWrapped: %v", err)
	}
	got, err := Unwrap(w, pass, k.Recipient())
	if err != nil || got.Recipient() != k.Recipient() {
		t.Fatalf("Unwrap: %v", err)
	}
	_, err = Unwrap(w, []byte("correct horse"), k.Recipient())
	if !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if strings.Contains(err.Error(), "correct horse") {
		t.Fatalf("the error holds the passphrase: %v", err)
	}
	other, _ := Generate()
	if _, err := Unwrap(w, pass, other.Recipient()); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("another recipient: %v, want ErrKeyMismatch", err)
	}
	if _, err := Unwrap(w, nil, k.Recipient()); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	// The armored form reads back, and is what age's own identity-file
	// parser (the CLI's `-i`) reads once decrypted.
	back, err := Dearmor(Armor(w))
	if err != nil || !bytes.Equal(back, w) {
		t.Fatalf("Dearmor(Armor) = %v", err)
	}
	si, _ := age.NewScryptIdentity(string(pass))
	r, err := age.Decrypt(bytes.NewReader(w), si)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := age.ParseIdentities(r)
	if err != nil || len(ids) != 1 {
		t.Fatalf("the wrapped identity file: %v %d", err, len(ids))
	}
}

func TestCheckWrappedRefusesWhatIsNotOnePassphraseStanzaWithinTheCap(t *testing.T) {
	k, _ := Generate()
	w, err := k.Wrap([]byte("pass"))
	if err != nil {
		t.Fatal(err)
	}
	// The work factor is the stanza's last argument: a crafted wrap asks
	// for more than the cap (computing one for real would take 1 GiB).
	heavy := bytes.Replace(w, []byte(" 10\n"), []byte(" 20\n"), 1)
	if bytes.Equal(heavy, w) {
		t.Fatalf("no work factor 10 in %q", w[:60])
	}
	if err := CheckWrapped(heavy); !errors.Is(err, ErrDamagedKey) {
		t.Fatalf("work factor %d: %v", MaxWorkFactor+1, err)
	}
	if _, err := Unwrap(heavy, []byte("pass"), k.Recipient()); !errors.Is(err, ErrDamagedKey) {
		t.Fatalf("Unwrap past the cap: %v", err)
	}
	r, _ := ParseRecipient(k.Recipient())
	toKey, _ := r.Seal([]byte("x"))
	if err := CheckWrapped(toKey); !errors.Is(err, ErrDamagedKey) {
		t.Fatalf("a file sealed to a key, not a passphrase: %v", err)
	}
	for _, bad := range [][]byte{nil, []byte("age-encryption.org/v1\n"), bytes.Repeat([]byte("x"), maxWrapped+1)} {
		if err := CheckWrapped(bad); !errors.Is(err, ErrDamagedKey) {
			t.Fatalf("%.20q: %v", bad, err)
		}
	}
}

func TestParseRecipientRefusesOtherText(t *testing.T) {
	for _, s := range []string{"", "age1", "ssh-ed25519 AAAA", "age1pq1xyz"} {
		if _, err := ParseRecipient(s); !errors.Is(err, ErrDamagedKey) {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// Once a key is made or unwrapped, the process can't be dumped.
func TestNoCoreDumpsOnceAKeyIsInMemory(t *testing.T) {
	if _, err := Generate(); err != nil {
		t.Fatal(err)
	}
	if !dumpable() {
		return
	}
	t.Fatal("the process is still dumpable")
}
