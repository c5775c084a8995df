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
	return cached(&sn.answers, cacheKey("chart ", d.query, p), func() (ChartData, error) { return loadChart(ctx, sn.db, d, p) })
}

// filterOptionsOf is loadFilterOptions through the snapshot's cache.
func filterOptionsOf(ctx context.Context, sn *snapshot) (FilterOptions, error) {
	return cached(&sn.answers, "filter options", func() (FilterOptions, error) { return loadFilterOptions(ctx, sn.db) })
}

// meetingsOf is loadMeetings through the snapshot's cache.
func meetingsOf(ctx context.Context, sn *snapshot, f Filter, q string, limit, offset int) ([]MeetingRow, error) {
	return cached(&sn.answers, cacheKey("meetings ", f, q, limit, offset), func() ([]MeetingRow, error) {
		return loadMeetings(ctx, sn.db, f, q, limit, offset)
	})
}

// meetingOf looks a meeting up in the snapshot's meeting index, loading it on first use.
func meetingOf(ctx context.Context, sn *snapshot, id string) (Meeting, error) {
	idx, err := sn.meetings.get(ctx, sn.db)
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
	return cached(&sn.answers, cacheKey("entity ", typ, id, f), func() (EntityPage, error) { return loadEntity(ctx, sn.db, typ, id, f) })
}

// viewOf is chartView through the snapshot's cache; api names the chart and its filter.
func viewOf(sn *snapshot, cd ChartData, api string) ChartView {
	v, _ := cached(&sn.answers, cacheKey("view ", api), func() (ChartView, error) { return chartView(cd, api), nil })
	return v
}
