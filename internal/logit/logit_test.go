package logit

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

// A model fitted to rows drawn from a known logistic law recovers its
// signs and ranks rows as the law does.
func TestFitRecoversLaw(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var x [][]float64
	var y []bool
	for range 2000 {
		a, b := r.NormFloat64(), r.NormFloat64()
		p := sigmoid(2*a - 1*b + 0.5)
		x = append(x, []float64{a, b})
		y = append(y, r.Float64() < p)
	}
	m, err := Fit(x, y, nil, []string{"a", "b"}, 1e-4)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(m.Weights[0]-2) > 0.4 || math.Abs(m.Weights[1]+1) > 0.3 || math.Abs(m.Bias-0.5) > 0.3 {
		t.Fatalf("fitted %+v, want about a=2 b=-1 bias=0.5", m)
	}
	if m.Prob([]float64{2, 0}) <= m.Prob([]float64{-2, 0}) {
		t.Fatal("a higher a should be likelier positive")
	}
}

// Separable rows do not send weights to infinity: the L2 term holds them.
func TestFitSeparableStaysFinite(t *testing.T) {
	x := [][]float64{{1}, {2}, {-1}, {-2}}
	y := []bool{true, true, false, false}
	m, err := Fit(x, y, nil, []string{"v"}, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	if math.IsInf(m.Weights[0], 0) || math.IsNaN(m.Weights[0]) || m.Weights[0] <= 0 || m.Weights[0] > 20 {
		t.Fatalf("weight %v", m.Weights[0])
	}
}

// Row weights count: a heavier negative row pulls the probability down.
func TestFitRowWeights(t *testing.T) {
	x := [][]float64{{1}, {1}}
	y := []bool{true, false}
	even, _ := Fit(x, y, nil, []string{"v"}, 0.01)
	heavy, _ := Fit(x, y, []float64{1, 3}, []string{"v"}, 0.01)
	if heavy.Prob([]float64{1}) >= even.Prob([]float64{1}) {
		t.Fatalf("weights ignored: %v vs %v", heavy.Prob([]float64{1}), even.Prob([]float64{1}))
	}
	if math.Abs(even.Prob([]float64{1})-0.5) > 0.01 || math.Abs(heavy.Prob([]float64{1})-0.25) > 0.01 {
		t.Fatalf("probabilities %v %v, want 0.5 and 0.25", even.Prob([]float64{1}), heavy.Prob([]float64{1}))
	}
}

func TestFitRejectsRaggedRows(t *testing.T) {
	if _, err := Fit([][]float64{{1, 2}, {1}}, []bool{true, false}, nil, []string{"a", "b"}, 0); err == nil {
		t.Fatal("ragged rows accepted")
	}
	if _, err := Fit(nil, nil, nil, nil, 0); err == nil {
		t.Fatal("no rows accepted")
	}
}

// A model survives JSON, and a short row is read as zero-padded.
func TestModelJSON(t *testing.T) {
	m := Model{Features: []string{"a", "b"}, Weights: []float64{1, -1}, Bias: 0.2}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Prob([]float64{1}) != m.Prob([]float64{1, 0}) {
		t.Fatal("padding or JSON changed the model")
	}
}
