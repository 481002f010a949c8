//go:build !unix

package bench

import "time"

// processCPU is not measured here: the replicas figure shows "-".
func processCPU() time.Duration { return 0 }
