package load

import (
	"context"
	"testing"
)

func TestRuns(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	id1, err := s.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id2 <= id1 {
		t.Errorf("run ids %d then %d, want increasing", id1, id2)
	}
	if err := s.RecordError(ctx, id2, "/bad.pdf", "extract", "truncated PDF"); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, id2, 3, 1, 1, 1); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "ingest_runs", "run_id = ? and finished_at is not null and files = 3 and failed = 1", id2); n != 1 {
		t.Errorf("finished run not recorded")
	}
	if n := count(t, s.DB(), "ingest_errors", "run_id = ? and stage = 'extract'", id2); n != 1 {
		t.Errorf("error not recorded")
	}
	if err := s.FinishRun(ctx, 999, 0, 0, 0, 0); err == nil {
		t.Errorf("FinishRun of an unknown run: want error")
	}
}
