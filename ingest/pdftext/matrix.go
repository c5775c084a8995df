package pdftext

import "math"

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// translate returns the matrix moving by (tx, ty).
func translate(tx, ty float64) matrix {
	return matrix{1, 0, 0, 1, tx, ty}
}

// scaleY returns the length of the transformed unit vertical vector.
func (m matrix) scaleY() float64 {
	return math.Hypot(m[2], m[3])
}

// finite reports whether every entry is a finite number.
func (m matrix) finite() bool {
	for _, v := range m {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// orient makes a run from the text rendering matrix trm, the pen position
// after the text (ex, ey) and the text, in the frame of the text's own
// direction (quarter turns), so rotated lines group like upright ones.
func orient(trm matrix, ex, ey float64, text string) run {
	q := quarter(trm[0], trm[1])
	x0, y := rotate(trm[4], trm[5], q)
	x1, _ := rotate(ex, ey, q)
	return run{x0: x0, x1: x1, y: y, size: trm.scaleY(), text: text, rot: q}
}

// quarter returns the direction of vector (dx, dy) in quarter turns: 0
// rightwards, 1 upwards, 2 leftwards, 3 downwards.
func quarter(dx, dy float64) int {
	if math.Abs(dx) >= math.Abs(dy) {
		if dx < 0 {
			return 2
		}
		return 0
	}
	if dy > 0 {
		return 1
	}
	return 3
}

// rotate turns point (x, y) back by q quarter turns.
func rotate(x, y float64, q int) (float64, float64) {
	switch q {
	case 1:
		return y, -x
	case 2:
		return -x, -y
	case 3:
		return -y, x
	}
	return x, y
}
