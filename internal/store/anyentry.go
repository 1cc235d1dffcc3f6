package store

// AnyEntry reports whether the journal holds an entry: EntryCount() > 0
// without counting. The app asks it on every start (is this a new
// journal?), and counting walks every page of the bucket; the first key
// is one path from the root.
func (t *Tx) AnyEntry() bool {
	name := bucketMetrics
	if t.legacy {
		name = bucketEntries
	}
	b := t.tx.Bucket(name)
	if b == nil {
		return false
	}
	k, _ := b.Cursor().First()
	return k != nil
}
