package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"hash/maphash"
	"io"
	"os"
	"time"
)

// The one walk: a journal file's committed pages read once, in order, a
// megabyte at a time, and everything the daily snapshot needs known of
// them found in that pass —
//
//   - the structure: what walkPages checks (every page where its header
//     says, reached once, a branch or a leaf, every element inside it) and
//     what bbolt's Tx.Check adds (no page both reached and free, none
//     neither, no page freed twice, keys in order within a page and
//     between a page and the branch above it);
//   - the records (quickCheck): only the buckets debrief writes, no bucket
//     inside one, every record's envelope (length, version, CRC), meta's
//     raw values, entries ↔ metrics by key (their key sets compared by
//     count and a sum of keyed hashes: the keys of a bucket are in order,
//     so its set of keys is its sequence); and the keys and sequence of
//     every bucket;
//   - and, for a snapshot, the copy itself: each megabyte written out as it
//     is read, free pages blanked — what bbolt's Tx.WriteTo writes, but
//     from the walk's buffers.
//
// The walk is a fast path, not a judge: any problem it finds, or anything
// it does not know (an older schema, a journal without a free list, a root
// with more buckets than debrief writes), is errWalk, and the caller runs
// the slow path — bbolt's own check and a walk by cursor — which says
// exactly what is wrong, as it always did, or passes. Whatever the slow
// path refuses, the walk refuses too (TestOneWalkAgreesOnDamage).

// errWalk: the walk did not pass; the slow path decides.
var errWalk = errors.New("the one walk did not pass")

func walkFailed(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errWalk, fmt.Sprintf(format, a...))
}

const (
	metaFlag       = 0x04
	freelistFlag   = 0x10
	noFreelist     = ^uint64(0)
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	metaSize       = 64 // magic … checksum
	metaSumSize    = 56 // what the checksum covers: magic … txid
	walkChunkPages = 256
)

// walkSum is what the walk keeps of one page read.
type walkSum struct {
	self, overflow uint64
	kids           []uint64 // a branch's children
	err            error    // the first problem inside it
	branch         bool
	nested         bool   // a leaf holds a bucket
	good           bool   // a leaf: every record's envelope length and CRC pass
	vers           uint8  // a leaf: the versions of its good records (verBit)
	k0, k1         uint32 // a branch's keys, a leaf's first and last: keyAt[k0:k1]
	n              uint32 // a leaf's records
	ksum           uint64 // a leaf: the sum of its keys' hashes
}

// verBit is the bit of a record's version byte in walkSum.vers.
func verBit(v byte) uint8 {
	switch v {
	case verCBOR:
		return 1
	case verMetrics:
		return 2
	}
	return 4
}

// fileWalk is one walk over one file.
type fileWalk struct {
	f      *os.File
	psize  int
	hw     uint64 // pages of the commit walked
	meta   []byte // its meta: metaSize bytes
	root   uint64 // the root bucket's page
	free   []bool // by page id: in the free list
	seen   []bool
	sums   []walkSum
	keys   []byte   // every key of every page, one after another
	keyAt  []uint32 // where each starts in keys; one more at the end
	rootPg []byte   // the root page's bytes (with its overflow)
	buf    []byte   // the pages read at a time

	shape   map[string]bucketShape
	seed    maphash.Seed
	entries uint64 // the sum of the hashes of the entries bucket's keys
	metrics uint64 // and of metrics
	ident   int    // meta's format and schema seen (2: both)
}

// walkFile walks the file f as of transaction txid (0: the newest whole
// meta page, as bbolt opens it) and, when out is not nil, writes its copy
// there; it returns the keys and sequence of every bucket and the CRC-32C
// of the bytes written. buf (walkChunkPages pages, nil: made here) holds
// the pages read. A problem is errWalk; an error writing out is returned
// as it is.
func walkFile(f *os.File, txid uint64, out io.Writer, buf []byte) (shape map[string]bucketShape, sum uint32, err error) {
	w := &fileWalk{f: f, buf: buf, seed: maphash.MakeSeed()}
	if err := w.chooseMeta(txid); err != nil {
		return nil, 0, err
	}
	if err := w.readFreelist(); err != nil {
		return nil, 0, err
	}
	if sum, err = w.pass(out); err != nil {
		return nil, 0, err
	}
	if err := w.tree(); err != nil {
		return nil, 0, err
	}
	return w.shape, sum, nil
}

// chooseMeta reads the two meta pages and picks the one of txid, or the
// newest valid one.
func (w *fileWalk) chooseMeta(txid uint64) error {
	head := make([]byte, pageHeader+metaSize)
	if _, err := w.f.ReadAt(head, 0); err != nil {
		return walkFailed("meta page 0: %v", err)
	}
	w.psize = int(binary.LittleEndian.Uint32(head[pageHeader+8:]))
	if w.psize < 1024 || w.psize > 1<<16 || w.psize&(w.psize-1) != 0 {
		return walkFailed("page size %d", w.psize)
	}
	metas := make([]byte, 2*w.psize)
	if _, err := w.f.ReadAt(metas, 0); err != nil {
		return walkFailed("meta pages: %v", err)
	}
	var best []byte
	for m := range 2 {
		p := metas[m*w.psize : (m+1)*w.psize]
		meta := p[pageHeader : pageHeader+metaSize]
		if binary.LittleEndian.Uint16(p[8:]) != metaFlag || !validMeta(meta) {
			continue
		}
		id := binary.LittleEndian.Uint64(meta[48:])
		if txid != 0 && id == txid || txid == 0 && (best == nil || id > binary.LittleEndian.Uint64(best[48:])) {
			best = meta
		}
	}
	if best == nil {
		return walkFailed("no whole meta page for transaction %d", txid)
	}
	w.meta = best
	w.root = binary.LittleEndian.Uint64(best[16:])
	w.hw = binary.LittleEndian.Uint64(best[40:])
	if int(binary.LittleEndian.Uint32(best[8:])) != w.psize || w.hw < 3 || w.hw > 1<<40/uint64(w.psize) {
		return walkFailed("meta page: %d pages of %d bytes", w.hw, w.psize)
	}
	fi, err := w.f.Stat()
	if err != nil || uint64(fi.Size()) < w.hw*uint64(w.psize) {
		return walkFailed("the file is shorter than its last save")
	}
	return nil
}

// validMeta: bbolt's marker, version and checksum (FNV-64a) of a meta.
func validMeta(meta []byte) bool {
	h := fnv.New64a()
	h.Write(meta[:metaSumSize])
	return binary.LittleEndian.Uint32(meta) == boltMagic &&
		binary.LittleEndian.Uint32(meta[4:]) == boltVersion &&
		binary.LittleEndian.Uint64(meta[metaSumSize:]) == h.Sum64()
}

// readFreelist reads the free list the meta names: the pages free or
// pending as of that commit.
func (w *fileWalk) readFreelist() error {
	id := binary.LittleEndian.Uint64(w.meta[32:])
	if id == noFreelist {
		return walkFailed("the journal keeps no free list")
	}
	if id < 2 || id >= w.hw {
		return walkFailed("free list page %d", id)
	}
	ps := uint64(w.psize)
	p := make([]byte, ps)
	if _, err := w.f.ReadAt(p, int64(id*ps)); err != nil {
		return walkFailed("free list: %v", err)
	}
	overflow := uint64(binary.LittleEndian.Uint32(p[12:]))
	if binary.LittleEndian.Uint64(p) != id || binary.LittleEndian.Uint16(p[8:]) != freelistFlag || id+overflow >= w.hw {
		return walkFailed("free list page %d", id)
	}
	if overflow > 0 {
		p = make([]byte, (overflow+1)*ps)
		if _, err := w.f.ReadAt(p, int64(id*ps)); err != nil {
			return walkFailed("free list: %v", err)
		}
	}
	w.free = make([]bool, w.hw)
	w.seen = make([]bool, w.hw)
	w.seen[0], w.seen[1] = true, true
	for i := id; i <= id+overflow; i++ {
		w.seen[i] = true
	}
	n, at := uint64(binary.LittleEndian.Uint16(p[10:])), uint64(pageHeader)
	if n == 0xFFFF { // the count is the first id
		n, at = binary.LittleEndian.Uint64(p[pageHeader:]), pageHeader+8
	}
	if n > (uint64(len(p))-at)/8 {
		return walkFailed("free list of %d pages does not fit", n)
	}
	for i := range n {
		f := binary.LittleEndian.Uint64(p[at+8*i:])
		if f < 2 || f >= w.hw || w.free[f] {
			return walkFailed("free page %d", f)
		}
		w.free[f] = true
	}
	return nil
}

// pass reads pages 2 … hw−1 in order, sums each one up, and writes them
// to out (when not nil), free pages blanked, after the two meta pages.
func (w *fileWalk) pass(out io.Writer) (uint32, error) {
	tab := castagnoli()
	var sum uint32
	put := func(b []byte) error {
		if out == nil {
			return nil
		}
		sum = crc32.Update(sum, tab, b)
		_, err := out.Write(b)
		return err
	}
	if out != nil {
		if err := put(append(copyMeta(w.meta, w.psize, 0), copyMeta(w.meta, w.psize, 1)...)); err != nil {
			return 0, err
		}
	}
	ps := uint64(w.psize)
	w.sums = make([]walkSum, w.hw)
	// About what a journal needs: two short keys a page.
	w.keys = make([]byte, 0, 24*w.hw)
	w.keyAt = make([]uint32, 1, 2*w.hw+64)
	buf := w.buf
	if len(buf) < walkChunkPages*w.psize {
		buf = make([]byte, walkChunkPages*ps)
	}
	for start := uint64(2); start < w.hw; start += walkChunkPages {
		n := min(walkChunkPages, w.hw-start)
		chunk := buf[:n*ps]
		if _, err := w.f.ReadAt(chunk, int64(start*ps)); err != nil {
			return 0, walkFailed("pages %d–%d: %v", start, start+n-1, err)
		}
		for i := range n {
			id := start + i
			p := chunk[i*ps : (i+1)*ps]
			s := &w.sums[id]
			s.self = binary.LittleEndian.Uint64(p)
			s.overflow = uint64(binary.LittleEndian.Uint32(p[12:]))
			if w.free[id] || s.self != id || s.overflow >= w.hw || id+s.overflow >= w.hw {
				continue // not a page of the tree, or reported if the tree reaches it
			}
			if s.overflow > 0 {
				if i+1+s.overflow <= n {
					p = chunk[i*ps : (i+1+s.overflow)*ps]
				} else {
					p = make([]byte, (s.overflow+1)*ps)
					if _, err := w.f.ReadAt(p, int64(id*ps)); err != nil {
						return 0, walkFailed("page %d: %v", id, err)
					}
				}
			}
			if id == w.root {
				w.rootPg = bytes.Clone(p)
				continue
			}
			w.summarize(id, p, s)
		}
		if out != nil {
			for i := range n {
				if w.free[start+i] {
					clear(chunk[i*ps : (i+1)*ps])
				}
			}
		}
		if err := put(chunk); err != nil {
			return 0, err
		}
	}
	return sum, nil
}

// copyMeta is meta page id of a copy: the walked commit's meta, page 1
// one transaction older, as bbolt's Tx.WriteTo makes them.
func copyMeta(meta []byte, psize int, id uint64) []byte {
	p := make([]byte, psize)
	binary.LittleEndian.PutUint64(p, id)
	binary.LittleEndian.PutUint16(p[8:], metaFlag)
	m := p[pageHeader : pageHeader+metaSize]
	copy(m, meta)
	if id == 1 {
		binary.LittleEndian.PutUint64(m[48:], binary.LittleEndian.Uint64(m[48:])-1)
	}
	h := fnv.New64a()
	h.Write(m[:metaSumSize])
	binary.LittleEndian.PutUint64(m[metaSumSize:], h.Sum64())
	return p
}

// summarize checks one branch or leaf page (p starts at its header) and
// keeps its children, its keys and, for a leaf, whether its records' CRCs
// pass and of which versions they are.
func (w *fileWalk) summarize(id uint64, p []byte, s *walkSum) {
	s.k0 = uint32(len(w.keyAt) - 1)
	s.k1 = s.k0
	flags := binary.LittleEndian.Uint16(p[8:])
	count := int(binary.LittleEndian.Uint16(p[10:]))
	if pageHeader+count*elementSize > len(p) {
		s.err = fmt.Errorf("page %d: %d elements do not fit", id, count)
		return
	}
	if flags != branchFlag && flags != leafFlag {
		s.err = fmt.Errorf("page %d is neither a branch nor a leaf (flags %#x)", id, flags)
		return
	}
	s.branch, s.good = flags == branchFlag, true
	tab := castagnoli()
	var prev []byte
	for i := range count {
		e := pageHeader + i*elementSize
		el := p[e : e+elementSize]
		var k []byte
		if s.branch {
			pos, ksize := uint64(binary.LittleEndian.Uint32(el)), uint64(binary.LittleEndian.Uint32(el[4:]))
			if uint64(e)+pos+ksize > uint64(len(p)) {
				s.err = fmt.Errorf("page %d: key %d outside the page", id, i)
				return
			}
			k = p[uint64(e)+pos : uint64(e)+pos+ksize]
			s.kids = append(s.kids, binary.LittleEndian.Uint64(el[8:]))
		} else {
			ef := binary.LittleEndian.Uint32(el)
			pos, ksize, vsize := uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
			end := uint64(e) + pos + ksize + vsize
			if end > uint64(len(p)) {
				s.err = fmt.Errorf("page %d: value %d outside the page", id, i)
				return
			}
			k = p[uint64(e)+pos : uint64(e)+pos+ksize]
			if i > 0 && bytes.Compare(prev, k) >= 0 {
				s.err = fmt.Errorf("page %d: key %d out of order", id, i)
				return
			}
			prev = k
			s.n++
			s.ksum += maphash.Bytes(w.seed, k)
			v := p[uint64(e)+pos+ksize : end]
			switch {
			case ef&bucketFlag != 0:
				s.nested = true
			case len(v) < 1+crcSize:
				s.good = false
			case binary.BigEndian.Uint32(v[len(v)-crcSize:]) != crc32.Update(crc32.Checksum(k, tab), tab, v[:len(v)-crcSize]):
				s.good = false
			default:
				s.vers |= verBit(v[0])
			}
		}
		if s.branch || i == 0 || i == count-1 {
			w.keys = append(w.keys, k...)
			w.keyAt = append(w.keyAt, uint32(len(w.keys)))
			s.k1++
		}
	}
}

// key is the i-th key kept.
func (w *fileWalk) key(i uint32) []byte { return w.keys[w.keyAt[i]:w.keyAt[i+1]:w.keyAt[i+1]] }

// reach marks the pages of id as reached, as pageWalk.tree does, and
// says what is wrong with reaching them.
func (w *fileWalk) reach(id uint64, depth int) (*walkSum, error) {
	if depth > maxDepth {
		return nil, walkFailed("page %d: the tree is deeper than any real journal", id)
	}
	if id < 2 || id >= w.hw {
		return nil, walkFailed("page %d is outside the file's %d pages", id, w.hw)
	}
	s := &w.sums[id]
	if s.self != id || s.overflow >= w.hw || id+s.overflow >= w.hw {
		return nil, walkFailed("page %d is not where its header says", id)
	}
	for i := id; i <= id+s.overflow; i++ {
		if w.seen[i] || w.free[i] {
			return nil, walkFailed("page %d is reached twice, or is free", i)
		}
		w.seen[i] = true
	}
	if s.err != nil {
		return nil, fmt.Errorf("%w: %v", errWalk, s.err)
	}
	return s, nil
}

// tree walks the root bucket and every bucket in it, then looks for pages
// neither reached nor free and compares entries with metrics.
func (w *fileWalk) tree() error {
	if w.rootPg == nil {
		return walkFailed("no root page %d", w.root)
	}
	if _, err := w.reach(w.root, 0); err != nil {
		return err
	}
	p := w.rootPg
	flags := binary.LittleEndian.Uint16(p[8:])
	count := int(binary.LittleEndian.Uint16(p[10:]))
	if flags != leafFlag || pageHeader+count*elementSize > len(p) {
		return walkFailed("the root is not one leaf of buckets")
	}
	w.shape = map[string]bucketShape{}
	var prev []byte
	for i := range count {
		e := pageHeader + i*elementSize
		el := p[e : e+elementSize]
		ef := binary.LittleEndian.Uint32(el)
		pos, ksize, vsize := uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
		end := uint64(e) + pos + ksize + vsize
		if end > uint64(len(p)) || ef&bucketFlag == 0 || vsize < bucketHead {
			return walkFailed("root element %d is not a bucket", i)
		}
		name, v := p[uint64(e)+pos:uint64(e)+pos+ksize], p[uint64(e)+pos+ksize:end]
		if i > 0 && bytes.Compare(prev, name) >= 0 {
			return walkFailed("root: bucket %d out of order", i)
		}
		prev = name
		if !containsName(knownBuckets, name) {
			return walkFailed("a bucket debrief does not write")
		}
		b := &walkBucket{name: name}
		if root := binary.LittleEndian.Uint64(v); root != 0 {
			if _, err := w.subtree(b, root, nil, nil, 1); err != nil {
				return err
			}
		} else if err := w.inline(b, v[bucketHead:]); err != nil {
			return err
		}
		w.shape[string(name)] = bucketShape{keys: b.keys, seq: binary.LittleEndian.Uint64(v[8:])}
	}
	if w.ident != 2 {
		return walkFailed("no meta bucket, or no format and schema in it")
	}
	for id := uint64(2); id < w.hw; id++ {
		if !w.seen[id] && !w.free[id] {
			return walkFailed("page %d is neither reached nor free", id)
		}
	}
	_, hasE := w.shape[string(bucketEntries)]
	_, hasM := w.shape[string(bucketMetrics)]
	if hasE && hasM && (w.shape[string(bucketEntries)].keys != w.shape[string(bucketMetrics)].keys || w.entries != w.metrics) {
		return walkFailed("entries and metrics differ")
	}
	return nil
}

// walkBucket is the bucket a subtree belongs to.
type walkBucket struct {
	name []byte
	keys uint64
}

// subtree walks the pages under id of bucket b, their keys within
// [lo, hi) as bbolt's check wants them, and returns the largest key in it.
func (w *fileWalk) subtree(b *walkBucket, id uint64, lo, hi []byte, depth int) ([]byte, error) {
	s, err := w.reach(id, depth)
	if err != nil {
		return nil, err
	}
	if s.branch {
		var last []byte
		run := lo
		for i, kid := range s.kids {
			k := w.key(s.k0 + uint32(i))
			if i == 0 && run != nil && bytes.Compare(run, k) > 0 || i > 0 && bytes.Compare(run, k) >= 0 || hi != nil && bytes.Compare(k, hi) >= 0 {
				return nil, walkFailed("page %d: key %d out of order", id, i)
			}
			next := hi
			if i+1 < len(s.kids) {
				next = w.key(s.k0 + uint32(i) + 1)
			}
			if last, err = w.subtree(b, kid, k, next, depth+1); err != nil {
				return nil, err
			}
			run = last
		}
		return last, nil
	}
	if s.k1 == s.k0 {
		return nil, nil
	}
	first, last := w.key(s.k0), w.key(s.k1-1)
	if lo != nil && bytes.Compare(lo, first) > 0 || hi != nil && bytes.Compare(last, hi) >= 0 {
		return nil, walkFailed("page %d: keys outside its branch's", id)
	}
	if s.nested {
		return nil, walkFailed("page %d: a bucket inside a bucket", id)
	}
	if bytes.Equal(b.name, bucketMeta) {
		// Raw values among the records: checked one by one, from the file.
		if err := w.rereadLeaf(b, id, s); err != nil {
			return nil, err
		}
	} else if want := wantVer(b.name); !s.good || s.vers&^want != 0 {
		return nil, walkFailed("page %d: a record's envelope fails", id)
	}
	b.keys += uint64(s.n)
	w.keep(b, s.ksum)
	return last, nil
}

// wantVer is the version bit of a bucket's records.
func wantVer(name []byte) uint8 {
	if bytes.Equal(name, bucketMetrics) {
		return verBit(verMetrics)
	}
	return verBit(verCBOR)
}

// keep adds the hashes of keys of entries or metrics, for the comparison
// of the two.
func (w *fileWalk) keep(b *walkBucket, sum uint64) {
	var list *uint64
	switch {
	case bytes.Equal(b.name, bucketEntries):
		list = &w.entries
	case bytes.Equal(b.name, bucketMetrics):
		list = &w.metrics
	default:
		return
	}
	*list += sum
}

// rereadLeaf reads a leaf page of the meta bucket again and checks each
// record as quickCheck does.
func (w *fileWalk) rereadLeaf(b *walkBucket, id uint64, s *walkSum) error {
	ps := uint64(w.psize)
	p := make([]byte, (s.overflow+1)*ps)
	if _, err := w.f.ReadAt(p, int64(id*ps)); err != nil {
		return walkFailed("page %d: %v", id, err)
	}
	return w.leafRecords(b, p, false)
}

// inline checks a bucket kept inside its parent's value.
func (w *fileWalk) inline(b *walkBucket, p []byte) error {
	if len(p) < pageHeader || binary.LittleEndian.Uint16(p[8:]) != leafFlag {
		return walkFailed("bucket %q: its inline page is not a leaf", b.name)
	}
	return w.leafRecords(b, p, true)
}

// leafRecords checks every record of one leaf of bucket b with what
// checker.record checks without decoding; for an inline bucket (a page
// the pass did not sum up) it also counts and keeps its keys.
func (w *fileWalk) leafRecords(b *walkBucket, p []byte, inline bool) error {
	count := int(binary.LittleEndian.Uint16(p[10:]))
	if pageHeader+count*elementSize > len(p) {
		return walkFailed("bucket %q: %d elements do not fit", b.name, count)
	}
	var prev []byte
	for i := range count {
		e := pageHeader + i*elementSize
		el := p[e : e+elementSize]
		ef := binary.LittleEndian.Uint32(el)
		pos, ksize, vsize := uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
		end := uint64(e) + pos + ksize + vsize
		if end > uint64(len(p)) {
			return walkFailed("bucket %q: value %d outside its page", b.name, i)
		}
		k, v := p[uint64(e)+pos:uint64(e)+pos+ksize], p[uint64(e)+pos+ksize:end]
		if i > 0 && bytes.Compare(prev, k) >= 0 {
			return walkFailed("bucket %q: key %d out of order", b.name, i)
		}
		prev = k
		if ef&bucketFlag != 0 {
			return walkFailed("bucket %q: a bucket inside it", b.name)
		}
		if err := quickRecord(b.name, k, v); err != nil {
			return fmt.Errorf("%w: %v", errWalk, err)
		}
		if bytes.Equal(b.name, bucketMeta) && (bytes.Equal(k, keyFormat) || bytes.Equal(k, keySchema)) {
			w.ident++
		}
		if inline {
			b.keys++
			w.keep(b, maphash.Bytes(w.seed, k))
		}
	}
	return nil
}

// quickRecord is what the quick check asks of one record: meta's raw
// values as they must be, every other value's envelope whole.
func quickRecord(name, k, v []byte) error {
	if bytes.Equal(name, bucketMeta) {
		switch {
		case bytes.Equal(k, keyFormat):
			if string(v) != formatName {
				return errors.New("not a debrief journal")
			}
			return nil
		case bytes.Equal(k, keySchema):
			if len(v) != 4 || binary.BigEndian.Uint32(v) != SchemaVersion {
				return errors.New("another schema")
			}
			return nil
		case bytes.Equal(k, keyCreated):
			_, err := time.Parse(time.RFC3339, string(v))
			return err
		}
	}
	ver := byte(verCBOR)
	if bytes.Equal(name, bucketMetrics) {
		ver = verMetrics
	}
	_, err := openRecord(string(name), k, v, ver)
	return err
}
