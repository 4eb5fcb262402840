package book

import "testing"

// TestIDIndex drives the open-addressing index against a map through growth
// and many deletions (backward shifts), with keys that collide often.
func TestIDIndex(t *testing.T) {
	x := newIDIndex(2)
	ref := map[uint64]int32{}
	r := newRand(3)
	for i := 0; i < 200_000; i++ {
		k := uint64(1 + r.intn(3000))
		if r.intn(16) == 0 {
			k <<= 40 // different high bits, same low bits
		}
		if _, ok := ref[k]; ok && r.intn(2) == 0 {
			x.del(k)
			delete(ref, k)
		} else if !ok {
			x.put(k, int32(i))
			ref[k] = int32(i)
		}
		if i%1000 == 0 {
			for k, v := range ref {
				if got, ok := x.get(k); !ok || got != v {
					t.Fatalf("step %d: get(%d) = %d %v, want %d", i, k, got, ok, v)
				}
			}
		}
		if x.n != len(ref) {
			t.Fatalf("step %d: n %d, want %d", i, x.n, len(ref))
		}
	}
	if _, ok := x.get(0); ok {
		t.Fatal("key 0 found")
	}
	x.del(0)
	x.del(999_999) // absent: no effect
	if x.n != len(ref) {
		t.Fatal("deleting absent keys changed the count")
	}
}
