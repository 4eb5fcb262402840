package book

// idIndex maps order IDs to node slots: open addressing with linear probing
// and backward-shift deletion (no tombstones), so that a steady state of
// inserts and deletes never grows it or degrades probing. Key 0 marks an
// empty slot (order ID 0 is rejected). See RATIONALE.md.
type idIndex struct {
	keys  []uint64
	vals  []int32
	mask  uint64
	shift uint8
	n     int
}

func newIDIndex(capPow2 uint8) idIndex {
	size := uint64(1) << capPow2
	return idIndex{
		keys:  make([]uint64, size),
		vals:  make([]int32, size),
		mask:  size - 1,
		shift: 64 - capPow2,
	}
}

// home is the preferred slot of k (Fibonacci hashing).
func (x *idIndex) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> x.shift
}

func (x *idIndex) get(k uint64) (int32, bool) {
	if k == 0 {
		return -1, false
	}
	for i := x.home(k); ; i = (i + 1) & x.mask {
		switch x.keys[i] {
		case k:
			return x.vals[i], true
		case 0:
			return -1, false
		}
	}
}

// put inserts k, which must not be present.
func (x *idIndex) put(k uint64, v int32) {
	if (x.n+1)*2 > len(x.keys) {
		x.grow()
	}
	i := x.home(k)
	for x.keys[i] != 0 {
		i = (i + 1) & x.mask
	}
	x.keys[i] = k
	x.vals[i] = v
	x.n++
}

func (x *idIndex) grow() {
	old, oldv := x.keys, x.vals
	*x = newIDIndex(64 - x.shift + 1)
	for i, k := range old {
		if k != 0 {
			x.put(k, oldv[i])
		}
	}
}

// del removes k if present.
func (x *idIndex) del(k uint64) {
	if k == 0 {
		return
	}
	i := x.home(k)
	for {
		switch x.keys[i] {
		case 0:
			return
		case k:
			goto found
		}
		i = (i + 1) & x.mask
	}
found:
	x.n--
	j := i
	for {
		j = (j + 1) & x.mask
		kj := x.keys[j]
		if kj == 0 {
			x.keys[i] = 0
			return
		}
		h := x.home(kj)
		// The entry at j may move to the hole at i unless its home lies
		// cyclically in (i, j].
		if i <= j {
			if i < h && h <= j {
				continue
			}
		} else if i < h || h <= j {
			continue
		}
		x.keys[i] = kj
		x.vals[i] = x.vals[j]
		i = j
	}
}

// The expiry heap is a binary min-heap of node slots ordered by
// (ExpiresAt, ID); each node knows its position so a cancel or fill removes it
// in O(log n).

func (b *Book) heapLess(i, j int) bool {
	a, c := &b.nodes[b.heap[i]].o, &b.nodes[b.heap[j]].o
	if a.ExpiresAt != c.ExpiresAt {
		return a.ExpiresAt < c.ExpiresAt
	}
	return a.ID < c.ID
}

func (b *Book) heapSwap(i, j int) {
	b.heap[i], b.heap[j] = b.heap[j], b.heap[i]
	b.nodes[b.heap[i]].hpos = int32(i)
	b.nodes[b.heap[j]].hpos = int32(j)
}

func (b *Book) heapUp(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !b.heapLess(i, p) {
			return
		}
		b.heapSwap(i, p)
		i = p
	}
}

func (b *Book) heapDown(i int) {
	n := len(b.heap)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && b.heapLess(r, l) {
			m = r
		}
		if !b.heapLess(m, i) {
			return
		}
		b.heapSwap(i, m)
		i = m
	}
}

func (b *Book) heapPush(n int32) {
	b.heap = append(b.heap, n)
	b.nodes[n].hpos = int32(len(b.heap) - 1)
	b.heapUp(len(b.heap) - 1)
}

func (b *Book) heapRemove(n int32) {
	i := int(b.nodes[n].hpos)
	if i < 0 {
		return
	}
	last := len(b.heap) - 1
	if i != last {
		b.heapSwap(i, last)
	}
	b.heap = b.heap[:last]
	b.nodes[n].hpos = -1
	if i != last {
		b.heapDown(i)
		b.heapUp(i)
	}
}
