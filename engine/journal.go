package engine

// Journal is the venue's durable, sequenced log of commands. engine/store
// implements it over SQL; tests may use any implementation that keeps the
// contract.
//
// # Contract
//
//   - Append queues a record and returns at once; records are appended in the
//     order Append is called, with strictly increasing Seq and no gaps. It
//     must not keep r after it returns (encode or copy it). The venue calls
//     it from more than one goroutine, one call at a time, and a routed
//     command only after its book goroutine applied it, with its match
//     verdicts (Record.Skips).
//   - The journal writes queued records in group commits (off the matching
//     goroutine) and, after each commit, calls the commit function given to
//     Start with the highest durable Seq, from one goroutine, in order. If a
//     write fails it calls it once with the error and accepts nothing more:
//     the venue then stops acknowledging (fail-stop, never fail-open).
//   - SaveSnapshot is queued behind the records appended before it, so a
//     snapshot at Seq n is only written once record n is durable.
//   - Replay calls fn for every durable record with Seq > after, in order.
type Journal interface {
	Start(commit func(seq uint64, err error))
	Append(r *Record)
	SaveSnapshot(seq uint64, data []byte)
	LoadSnapshot() (seq uint64, data []byte, err error) // seq 0 and nil data when none
	Replay(after uint64, fn func(*Record) error) error
	Close() error // flushes what was appended, then stops
}
