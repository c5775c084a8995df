package followup

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// windowAgreements is how many agreements the matcher holds at once, unless
// the window of one meeting alone holds more: it bounds the matcher's memory
// whatever the size of the archive. A variable so that tests can make windows tiny.
var windowAgreements int64 = 20_000

// maxGap is how many agreements that no commitment of a span needs a span
// may read rather than end: beyond it the next meeting starts a new span.
func maxGap() int64 { return max(windowAgreements/10, 1) }

// place is a meeting in walking order (fu_w_meetings).
type place struct {
	pos            int64
	start, horizon time.Time // zero when unknown
	lo, hi         int64     // ords of its first and last agreement; hi < lo when it has none
	todo           int       // commitments of it to match
}

// span is a run of meetings whose commitments are matched together: those
// at positions from to to, against the agreements numbered lo to hi; first
// is how many agreements the window of its first meeting alone holds.
type span struct{ from, to, lo, hi, first int64 }

// plan cuts the meetings with commitments to match into spans. A commitment
// can only be recorded done by an agreement of a later meeting up to its
// horizon, so a span needs the agreements from its first meeting's to the
// last of the meetings held by the latest horizon of its meetings: places
// are in date order, so these are consecutive ords. A span grows while its
// window holds at most windowAgreements agreements, or twice its first
// meeting's window when that alone holds more (meetings whose horizons reach
// far share most of their windows: a span each would read them all again).
func plan(places []place) []span {
	reach := make([]int64, len(places)) // highest ord of the agreements of places[:i+1]
	var top int64
	for i, pl := range places {
		if pl.hi >= pl.lo {
			top = max(top, pl.hi)
		}
		reach[i] = top
	}
	dated := sort.Search(len(places), func(i int) bool { return places[i].start.IsZero() })
	end := func(i int) int64 {
		pl, e := places[i], reach[i]
		if !pl.start.IsZero() && !pl.horizon.IsZero() {
			k := sort.Search(dated, func(j int) bool { return places[j].start.After(pl.horizon) })
			if k > 0 {
				e = max(e, reach[k-1])
			}
		}
		return e
	}
	var out []span
	for i, pl := range places {
		if pl.todo == 0 {
			continue
		}
		lo, hi := int64(1), end(i)
		if i > 0 {
			lo = reach[i-1] + 1
		}
		if n := len(out); n > 0 {
			cur := &out[n-1]
			if lo-cur.hi-1 <= maxGap() && max(cur.hi, hi)-cur.lo+1 <= max(windowAgreements, 2*cur.first) {
				cur.to, cur.hi = pl.pos, max(cur.hi, hi)
				continue
			}
		}
		out = append(out, span{pl.pos, pl.pos, lo, hi, hi - lo + 1})
	}
	return out
}

// window is the agreements numbered lo to hi, read and profiled.
type window struct {
	lo, hi int64    // hi < lo when it holds none
	ids    []string // the agreements held, ids[k] numbered lo+k
}

// slide makes the window hold the agreements lo to hi (at least): it forgets
// those before lo, keeps the others and reads and profiles those after them.
func (w *window) slide(ctx context.Context, db querier, p *profiles, lo, hi int64) error {
	for w.lo < lo && len(w.ids) > 0 {
		p.drop(w.ids[0])
		w.ids[0] = ""
		w.ids = w.ids[1:]
		w.lo++
	}
	if len(w.ids) == 0 {
		w.ids, w.lo, w.hi = nil, lo, lo-1
	}
	if hi <= w.hi {
		return nil
	}
	gs, err := readAgreements(ctx, db, w.hi+1, hi, true)
	if err != nil {
		return err
	}
	if int64(len(gs)) != hi-w.hi {
		return fmt.Errorf("followup: read agreements %d to %d: got %d", w.hi+1, hi, len(gs))
	}
	for _, g := range gs {
		p.add(g)
		w.ids = append(w.ids, g.id)
	}
	w.hi = hi
	return nil
}

// countIDF counts the concepts of every agreement, numbered 1 to n, reading
// them windowAgreements at a time.
func countIDF(ctx context.Context, db querier, r *Rules, arc *archive, n int64) (idf, error) {
	d := idf{df: map[string]int{}}
	for lo := int64(1); lo <= n; lo += windowAgreements {
		gs, err := readAgreements(ctx, db, lo, min(lo+windowAgreements-1, n), false)
		if err != nil {
			return d, err
		}
		for _, g := range gs {
			own, _ := r.ownTerms(g, arc.meetingOf(g).lang)
			d.add(own)
		}
	}
	return d, nil
}
