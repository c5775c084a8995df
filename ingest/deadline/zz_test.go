package deadline

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZ(t *testing.T) {
	f, err := os.Open("/tmp/newends.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.SplitN(sc.Text(), "|", 4)
		d, _ := time.Parse("2006-01-02", p[0])
		due, ok := Find(p[3], d, p[1], nil)
		fmt.Println(ok, due.End.Format("2006-01-02"), "want", p[2], "|", p[3][:40], "| strong", due.Strong, due.Relative)
	}
}
