package store

import (
	"path/filepath"
	"sync"
	"testing"
)

// On a first run the app loads two screens at once, each opening a journal
// that does not exist yet: every opener must get a whole, empty schema-3
// journal, never a file caught half made ("not a debrief journal (the file
// is empty)").
func TestFirstOpensAtOnceAllSeeAJournal(t *testing.T) {
	for round := range 10 {
		path := filepath.Join(t.TempDir(), "journal.db")
		var wg sync.WaitGroup
		errs := make([]error, 6)
		for i := range errs {
			wg.Go(func() {
				var j *Journal
				var err error
				if i%2 == 0 {
					j, err = OpenReadOnly(path, Options{})
				} else {
					j, err = Open(path, Options{})
				}
				if err == nil {
					if j.schema != SchemaVersion {
						t.Errorf("round %d, opener %d: schema %d, want %d", round, i, j.schema, SchemaVersion)
					}
					err = j.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, opener %d: %v", round, i, err)
			}
		}
		matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*"))
		if len(matches) != 1 {
			t.Fatalf("round %d: the directory holds %v, want the journal alone", round, matches)
		}
	}
}
