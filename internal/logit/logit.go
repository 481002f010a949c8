// Package logit fits and applies L2-regularised logistic regression, the
// small learned scores of the answer package (whether passages answer a
// question, which sentence answers it). Fitting uses gonum's L-BFGS;
// applying a model is a dot product, so it costs nothing at answer time.
package logit

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/optimize"
)

// Model is a fitted logistic regression: P(y=1|x) = σ(Bias + Σ Weights[i]·x[i]).
// It marshals to JSON, so a fitted model can be committed and embedded.
type Model struct {
	Features []string  `json:"features"` // a name per weight, for reading the model
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
}

// Prob is the model's probability that x is positive. A shorter x is
// padded with zeros, so a model keeps working when features are appended.
func (m Model) Prob(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		if i < len(x) {
			z += w * x[i]
		}
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// Fit fits a model to rows x with labels y (true = positive), minimising
// the mean log loss plus l2/2 times the squared weights (the bias is not
// penalised). weight, when not nil, weighs each row (e.g. to balance
// classes). names label the features and must match the rows' length.
func Fit(x [][]float64, y []bool, weight []float64, names []string, l2 float64) (Model, error) {
	if len(x) == 0 {
		return Model{}, errors.New("logit: no rows")
	}
	if len(y) != len(x) || (weight != nil && len(weight) != len(x)) {
		return Model{}, fmt.Errorf("logit: %d rows, %d labels, %d weights", len(x), len(y), len(weight))
	}
	d := len(names)
	for i, r := range x {
		if len(r) != d {
			return Model{}, fmt.Errorf("logit: row %d has %d features, want %d", i, len(r), d)
		}
	}
	var total float64
	for i := range x {
		total += rowWeight(weight, i)
	}
	// Parameters: d weights, then the bias.
	loss := func(p []float64) float64 {
		var l float64
		for i, r := range x {
			z := linear(p, r)
			// log(1+e^z) - y·z, computed without overflow.
			s := softplus(z)
			if y[i] {
				s -= z
			}
			l += rowWeight(weight, i) * s
		}
		l /= total
		for j := 0; j < d; j++ {
			l += l2 / 2 * p[j] * p[j]
		}
		return l
	}
	grad := func(g, p []float64) {
		for j := range g {
			g[j] = 0
		}
		for i, r := range x {
			e := sigmoid(linear(p, r))
			if y[i] {
				e--
			}
			e *= rowWeight(weight, i) / total
			for j, v := range r {
				g[j] += e * v
			}
			g[d] += e
		}
		for j := 0; j < d; j++ {
			g[j] += l2 * p[j]
		}
	}
	res, err := optimize.Minimize(optimize.Problem{Func: loss, Grad: grad}, make([]float64, d+1), nil, &optimize.LBFGS{})
	if err != nil && res == nil {
		return Model{}, fmt.Errorf("logit: fit: %w", err)
	}
	return Model{Features: append([]string(nil), names...), Weights: append([]float64(nil), res.X[:d]...), Bias: res.X[d]}, nil
}

// linear is the bias p[len(r)] plus the weights p[:len(r)] times r.
func linear(p, r []float64) float64 {
	z := p[len(r)]
	for j, v := range r {
		z += p[j] * v
	}
	return z
}

func rowWeight(w []float64, i int) float64 {
	if w == nil {
		return 1
	}
	return w[i]
}

func softplus(z float64) float64 {
	if z > 0 {
		return z + math.Log1p(math.Exp(-z))
	}
	return math.Log1p(math.Exp(z))
}
