package store

import (
	"bufio"
	"errors"
	"os"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// errNoFreelist: the journal is open read-only, so bbolt has not loaded
// the list of free pages a page copy needs to know which pages to blank.
var errNoFreelist = errors.New("the free pages are not known")

// pageCopyInto writes a copy of the journal's pages as of the last commit
// into the (empty) file at dst — bbolt's Tx.WriteTo, one sequential write —
// with every free page (freed or pending in bbolt's free list) blanked,
// so text removed from the journal, which stays on its freed pages, is
// not copied. The copy is synced. The pages in use are the journal's
// bytes, so the copy holds exactly its records, in the same tree; it
// costs a file copy, where copying the records one by one (compactInto)
// builds a new tree: most of the time of the day's first save (measured,
// BenchmarkSnapshot10Years).
func (j *Journal) pageCopyInto(dst string) (err error) {
	defer faultSafe()()
	defer guard(&err)
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return mapWriteErr(err)
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = mapWriteErr(cerr)
		}
	}()
	err = j.view(func(tx *bolt.Tx) error {
		free, err := freePages(tx)
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		if _, err := tx.WriteTo(w); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		return blankPages(f, free, j.db.Info().PageSize)
	})
	if err != nil {
		return mapWriteErr(err)
	}
	return mapWriteErr(f.Sync())
}

// freePages lists the ids of the pages bbolt counts as free or pending,
// in order.
func freePages(tx *bolt.Tx) ([]int, error) {
	var free []int
	for id := 2; ; id++ {
		info, err := tx.Page(id)
		if errors.Is(err, bolterrors.ErrFreePagesNotLoaded) {
			return nil, errNoFreelist
		}
		if err != nil {
			return nil, err
		}
		if info == nil { // past the last page
			return free, nil
		}
		if info.Type == "free" {
			free = append(free, id)
		}
	}
}

// blankPages overwrites the given pages (ids in order) with zeros, a run
// of adjacent pages at a time.
func blankPages(f *os.File, ids []int, psize int) error {
	const maxRun = 256
	zero := make([]byte, maxRun*psize)
	for i := 0; i < len(ids); {
		n := 1
		for i+n < len(ids) && n < maxRun && ids[i+n] == ids[i]+n {
			n++
		}
		if _, err := f.WriteAt(zero[:n*psize], int64(ids[i])*int64(psize)); err != nil {
			return err
		}
		i += n
	}
	return nil
}
