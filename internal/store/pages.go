package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
)

// walkPages checks the tree of pages of the last commit from the file's
// bytes (read with pread, not memory-mapped) before bbolt walks it: every page id
// within the committed size, every page where its header says, reached
// once, a branch or a leaf, every element inside its page.
//
// bbolt's own Tx.Check runs in a goroutine of its own, where a memory
// fault from a bad page id kills the process (SetPanicOnFault is per
// goroutine), and it follows a cycle of pages until the stack overflows.
// A bit flip in a data page can cause either; this walk cannot fault or
// loop, so after it passes, Tx.Check is safe.
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
	if fi, err := f.Stat(); err != nil || uint64(fi.Size()) < hw*uint64(psize) {
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
	w := &pageWalk{file: f, psize: psize, hw: hw, seen: make(map[uint64]bool)}
	if err := w.tree(root, 0); err != nil {
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	return nil
}

type pageWalk struct {
	file  io.ReaderAt // pages are read one at a time: memory stays small on any journal
	psize int
	hw    uint64 // pages of the last commit
	seen  map[uint64]bool
}

const (
	pageHeader  = 16
	elementSize = 16
	branchFlag  = 0x01
	leafFlag    = 0x02
	bucketFlag  = 0x01 // a leaf element whose value is a bucket
	bucketHead  = 16   // root page id, sequence
)

func (w *pageWalk) page(id uint64) ([]byte, error) {
	if id < 2 || id >= w.hw {
		return nil, fmt.Errorf("page %d is outside the file's %d pages", id, w.hw)
	}
	off := int64(id) * int64(w.psize)
	p := make([]byte, w.psize)
	if _, err := w.file.ReadAt(p, off); err != nil {
		return nil, fmt.Errorf("page %d: %v", id, err)
	}
	if got := binary.LittleEndian.Uint64(p); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	overflow := uint64(binary.LittleEndian.Uint32(p[12:]))
	if overflow >= w.hw || id+overflow >= w.hw {
		return nil, fmt.Errorf("page %d runs past the end of the file", id)
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			return nil, fmt.Errorf("page %d is reached twice", i)
		}
		w.seen[i] = true
	}
	if overflow > 0 {
		p = make([]byte, (overflow+1)*uint64(w.psize))
		if _, err := w.file.ReadAt(p, off); err != nil {
			return nil, fmt.Errorf("page %d: %v", id, err)
		}
	}
	return p, nil
}

func (w *pageWalk) tree(id uint64, depth int) error {
	if depth > 64 {
		return fmt.Errorf("page %d: the tree is deeper than any real journal", id)
	}
	p, err := w.page(id)
	if err != nil {
		return err
	}
	return w.node(id, p, depth)
}

// node checks one branch or leaf page (p starts at its header).
func (w *pageWalk) node(id uint64, p []byte, depth int) error {
	if len(p) < pageHeader {
		return fmt.Errorf("page %d is cut short", id)
	}
	flags := binary.LittleEndian.Uint16(p[8:])
	count := int(binary.LittleEndian.Uint16(p[10:]))
	if pageHeader+count*elementSize > len(p) {
		return fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	for i := range count {
		e := pageHeader + i*elementSize
		el := p[e : e+elementSize]
		switch flags {
		case branchFlag:
			pos, ksize := uint64(binary.LittleEndian.Uint32(el)), uint64(binary.LittleEndian.Uint32(el[4:]))
			if uint64(e)+pos+ksize > uint64(len(p)) {
				return fmt.Errorf("page %d: key %d outside the page", id, i)
			}
			if err := w.tree(binary.LittleEndian.Uint64(el[8:]), depth+1); err != nil {
				return err
			}
		case leafFlag:
			ef := binary.LittleEndian.Uint32(el)
			pos, ksize, vsize := uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
			end := uint64(e) + pos + ksize + vsize
			if end > uint64(len(p)) {
				return fmt.Errorf("page %d: value %d outside the page", id, i)
			}
			if ef&bucketFlag == 0 {
				continue
			}
			v := p[uint64(e)+pos+ksize : end]
			if len(v) < bucketHead {
				return fmt.Errorf("page %d: bucket %d is cut short", id, i)
			}
			if root := binary.LittleEndian.Uint64(v); root != 0 {
				if err := w.tree(root, depth+1); err != nil {
					return err
				}
			} else if err := w.node(id, v[bucketHead:], depth+1); err != nil { // an inline bucket
				return err
			}
		default:
			return fmt.Errorf("page %d is neither a branch nor a leaf (flags %#x)", id, flags)
		}
	}
	return nil
}
