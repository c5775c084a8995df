package analytics

import (
	"context"
	"fmt"
	"sync"
)

// cacheSize bounds how many answers one snapshot keeps; past it the cache starts over.
const cacheSize = 1024

// answers caches what pages read from one snapshot, which never changes.
type answers struct {
	mu sync.Mutex
	m  map[string]any
}

// cached returns the answer stored under key, or loads and stores it.
func cached[T any](a *answers, key string, load func() (T, error)) (T, error) {
	a.mu.Lock()
	v, ok := a.m[key]
	a.mu.Unlock()
	if ok {
		return v.(T), nil
	}
	t, err := load()
	if err != nil {
		return t, err
	}
	a.mu.Lock()
	if a.m == nil || len(a.m) >= cacheSize {
		a.m = make(map[string]any)
	}
	a.m[key] = t
	a.mu.Unlock()
	return t, nil
}

// cacheKey joins the parts of a key.
func cacheKey(parts ...any) string { return fmt.Sprint(parts...) }

// chartOf is loadChart through the snapshot's cache.
func chartOf(ctx context.Context, sn *snapshot, d chartDef, p params) (ChartData, error) {
	return cached(&sn.answers, cacheKey("chart ", d.query, p), func() (ChartData, error) { return loadChart(ctx, sn.rd, d, p) })
}

// filterOptionsOf is loadFilterOptions through the snapshot's cache.
func filterOptionsOf(ctx context.Context, sn *snapshot) (FilterOptions, error) {
	return cached(&sn.answers, "filter options", func() (FilterOptions, error) { return loadFilterOptions(ctx, sn.rd) })
}

// meetingsOf is loadMeetings through the snapshot's cache.
func meetingsOf(ctx context.Context, sn *snapshot, f Filter, limit, offset int) ([]MeetingRow, error) {
	return cached(&sn.answers, cacheKey("meetings ", f, limit, offset), func() ([]MeetingRow, error) {
		return loadMeetings(ctx, sn.rd, f, limit, offset)
	})
}

// agreementsOf is loadAgreements through the snapshot's cache.
func agreementsOf(ctx context.Context, sn *snapshot, f Filter, limit, offset int) ([]AgreementRow, error) {
	return cached(&sn.answers, cacheKey("agreements ", f, limit, offset), func() ([]AgreementRow, error) {
		return loadAgreements(ctx, sn.rd, f, limit, offset)
	})
}

// commitmentsOf is loadCommitments through the snapshot's cache.
func commitmentsOf(ctx context.Context, sn *snapshot, f Filter, limit, offset int) ([]CommitmentRow, error) {
	return cached(&sn.answers, cacheKey("commitments ", f, limit, offset), func() ([]CommitmentRow, error) {
		return loadCommitments(ctx, sn.rd, f, limit, offset)
	})
}

// partiesOf is loadParties through the snapshot's cache.
func partiesOf(ctx context.Context, sn *snapshot, typ string, f Filter) ([]PartyRow, error) {
	return cached(&sn.answers, cacheKey("parties ", typ, f), func() ([]PartyRow, error) { return loadParties(ctx, sn.rd, typ, f) })
}

// documentsOf is loadDocuments through the snapshot's cache.
func documentsOf(ctx context.Context, sn *snapshot) ([]DocumentRow, error) {
	return cached(&sn.answers, "documents", func() ([]DocumentRow, error) { return loadDocuments(ctx, sn.rd) })
}

// meetingOf looks a meeting up in the snapshot's meeting index, loading it on first use.
func meetingOf(ctx context.Context, sn *snapshot, id string) (Meeting, error) {
	idx, err := sn.meetings.get(ctx, sn.rd)
	if err != nil {
		return Meeting{}, err
	}
	m, ok := idx[id]
	if !ok {
		return Meeting{}, errNotFound
	}
	return *m, nil
}

// entityOf is loadEntity through the snapshot's cache.
func entityOf(ctx context.Context, sn *snapshot, typ, id string, f Filter) (EntityPage, error) {
	return cached(&sn.answers, cacheKey("entity ", typ, id, f), func() (EntityPage, error) { return loadEntity(ctx, sn.rd, typ, id, f) })
}

// viewOf is chartView through the snapshot's cache; api names the chart and its filter.
func viewOf(sn *snapshot, d chartDef, cd ChartData, api string, f Filter) ChartView {
	v, _ := cached(&sn.answers, cacheKey("view ", api, f), func() (ChartView, error) { return chartView(d, cd, api, f), nil })
	return v
}
