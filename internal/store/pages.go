package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
)

// walkPages checks the tree of pages of the last commit from the file's
// bytes (read with pread, not memory-mapped) before bbolt walks it: every
// page id within the committed size, every page where its header says,
// reached once, a branch or a leaf, every element inside its page.
//
// bbolt's own Tx.Check runs in a goroutine of its own, where a memory
// fault from a bad page id kills the process (SetPanicOnFault is per
// goroutine), and it follows a cycle of pages until the stack overflows.
// A bit flip in a data page can cause either; this walk cannot fault or
// loop, so after it passes, Tx.Check is safe.
//
// The file is read in order, a megabyte at a time, and each page is
// summed up (its header, the pages it points to, its first problem); the
// tree is then walked over the summaries. Reading page by page where the
// tree leads cost a system call or a page fault per page: most of a check.
func (j *Journal) walkPages() error {
	var root, txid, hw uint64
	var psize int
	err := j.view(func(tx *bolt.Tx) error {
		psize = j.db.Info().PageSize
		txid = uint64(tx.ID())
		hw = uint64(tx.Size()) / uint64(psize)
		return nil
	})
	if err != nil {
		return err
	}
	f, err := os.Open(j.path)
	if err != nil {
		return err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || uint64(fi.Size()) < hw*uint64(psize) || hw < 2 {
		return fmt.Errorf("%w (the file is shorter than its last save)", ErrDamaged)
	}
	// The meta page bbolt chose is the one of the transaction it reads.
	metas := make([]byte, 2*psize)
	if _, err := f.ReadAt(metas, 0); err != nil {
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	found := false
	for m := 0; m < 2; m++ {
		meta := metas[m*psize+16:]
		if binary.LittleEndian.Uint64(meta[48:]) == txid {
			root, found = binary.LittleEndian.Uint64(meta[16:]), true
		}
	}
	if !found {
		return fmt.Errorf("%w (no meta page for transaction %d)", ErrDamaged, txid)
	}
	sums, err := sumPages(f, psize, hw)
	if err != nil {
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	w := &pageWalk{sums: sums, hw: hw, seen: make([]bool, hw)}
	if err := w.tree(root, 0); err != nil {
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	return nil
}

// pageSum is what the walk needs of one page.
type pageSum struct {
	self     uint64   // the id its header gives
	overflow uint64   // pages after it that belong to it
	kids     []uint64 // the pages it points to: children, bucket roots
	err      error    // the first problem inside it
}

const sumChunk = 256 // pages read at a time

// sumPages reads pages 2 … hw−1 in order and sums each one up.
func sumPages(f io.ReaderAt, psize int, hw uint64) ([]pageSum, error) {
	sums := make([]pageSum, hw)
	ps := uint64(psize)
	buf := make([]byte, sumChunk*psize)
	for start := uint64(2); start < hw; start += sumChunk {
		n := min(sumChunk, hw-start)
		if _, err := f.ReadAt(buf[:n*ps], int64(start*ps)); err != nil {
			return nil, fmt.Errorf("pages %d–%d: %v", start, start+n-1, err)
		}
		for i := range n {
			id := start + i
			p := buf[i*ps : (i+1)*ps]
			s := &sums[id]
			s.self = binary.LittleEndian.Uint64(p)
			s.overflow = uint64(binary.LittleEndian.Uint32(p[12:]))
			if s.self != id || s.overflow >= hw || id+s.overflow >= hw {
				continue // reported if the tree reaches it
			}
			if s.overflow > 0 {
				if i+1+s.overflow <= n {
					p = buf[i*ps : (i+1+s.overflow)*ps]
				} else {
					p = make([]byte, (s.overflow+1)*ps)
					if _, err := f.ReadAt(p, int64(id*ps)); err != nil {
						return nil, fmt.Errorf("page %d: %v", id, err)
					}
				}
			}
			s.kids, s.err = pageKids(id, p, 0, nil)
		}
	}
	return sums, nil
}

type pageWalk struct {
	sums []pageSum
	hw   uint64 // pages of the last commit
	seen []bool
}

const (
	pageHeader  = 16
	elementSize = 16
	branchFlag  = 0x01
	leafFlag    = 0x02
	bucketFlag  = 0x01 // a leaf element whose value is a bucket
	bucketHead  = 16   // root page id, sequence
	maxDepth    = 64
)

func (w *pageWalk) tree(id uint64, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("page %d: the tree is deeper than any real journal", id)
	}
	if id < 2 || id >= w.hw {
		return fmt.Errorf("page %d is outside the file's %d pages", id, w.hw)
	}
	s := &w.sums[id]
	if s.self != id {
		return fmt.Errorf("page %d says it is page %d", id, s.self)
	}
	if s.overflow >= w.hw || id+s.overflow >= w.hw {
		return fmt.Errorf("page %d runs past the end of the file", id)
	}
	for i := id; i <= id+s.overflow; i++ {
		if w.seen[i] {
			return fmt.Errorf("page %d is reached twice", i)
		}
		w.seen[i] = true
	}
	if s.err != nil {
		return s.err
	}
	for _, k := range s.kids {
		if err := w.tree(k, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// pageKids checks one branch or leaf page (p starts at its header) and
// returns, added to kids, the pages it points to. An inline bucket (a leaf
// inside a value) is checked here too.
func pageKids(id uint64, p []byte, depth int, kids []uint64) ([]uint64, error) {
	if depth > maxDepth {
		return kids, fmt.Errorf("page %d: buckets nested deeper than any real journal", id)
	}
	if len(p) < pageHeader {
		return kids, fmt.Errorf("page %d is cut short", id)
	}
	flags := binary.LittleEndian.Uint16(p[8:])
	count := int(binary.LittleEndian.Uint16(p[10:]))
	if pageHeader+count*elementSize > len(p) {
		return kids, fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	if flags != branchFlag && flags != leafFlag {
		return kids, fmt.Errorf("page %d is neither a branch nor a leaf (flags %#x)", id, flags)
	}
	var err error
	for i := range count {
		e := pageHeader + i*elementSize
		el := p[e : e+elementSize]
		if flags == branchFlag {
			pos, ksize := uint64(binary.LittleEndian.Uint32(el)), uint64(binary.LittleEndian.Uint32(el[4:]))
			if uint64(e)+pos+ksize > uint64(len(p)) {
				return kids, fmt.Errorf("page %d: key %d outside the page", id, i)
			}
			kids = append(kids, binary.LittleEndian.Uint64(el[8:]))
			continue
		}
		ef := binary.LittleEndian.Uint32(el)
		pos, ksize, vsize := uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
		end := uint64(e) + pos + ksize + vsize
		if end > uint64(len(p)) {
			return kids, fmt.Errorf("page %d: value %d outside the page", id, i)
		}
		if ef&bucketFlag == 0 {
			continue
		}
		v := p[uint64(e)+pos+ksize : end]
		if len(v) < bucketHead {
			return kids, fmt.Errorf("page %d: bucket %d is cut short", id, i)
		}
		if root := binary.LittleEndian.Uint64(v); root != 0 {
			kids = append(kids, root)
		} else if kids, err = pageKids(id, v[bucketHead:], depth+1, kids); err != nil { // an inline bucket
			return kids, err
		}
	}
	return kids, nil
}
