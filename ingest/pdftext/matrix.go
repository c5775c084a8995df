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
