package deadline

import "time"

// day returns the date y-m-d in UTC.
func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// lastDay returns the last day of month m of year y (leap years included).
func lastDay(y, m int) time.Time {
	return day(y, m+1, 0)
}

// validDay reports whether d is a day of month m of year y.
func validDay(y, m, d int) bool {
	return d >= 1 && m >= 1 && m <= 12 && d <= lastDay(y, m).Day()
}

// addSpan adds n units (d days, w weeks, m months, y years, b working days) to t.
func addSpan(t time.Time, n int, unit string) time.Time {
	switch unit {
	case "w":
		return t.AddDate(0, 0, 7*n)
	case "m":
		return addMonths(t, n)
	case "y":
		return addMonths(t, 12*n)
	case "b":
		for n > 0 {
			t = t.AddDate(0, 0, 1)
			if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
				n--
			}
		}
		return t
	}
	return t.AddDate(0, 0, n)
}

// addMonths adds n months to t, keeping to the last day of a shorter month
// (30 November + 3 months = 29 February in a leap year).
func addMonths(t time.Time, n int) time.Time {
	first := day(t.Year(), int(t.Month())+n, 1)
	last := lastDay(first.Year(), int(first.Month()))
	return day(first.Year(), int(first.Month()), min(t.Day(), last.Day()))
}
