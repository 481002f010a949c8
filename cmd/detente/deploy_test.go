package main

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestDeployExampleSharesTheSendBudget: the docker-compose example runs
// several serve replicas on one bot token. Telegram's send budget is the
// bot's, so each replica must be told how many share it
// (DETENTE_REPLICAS); without it every replica spends the whole budget
// and together they exceed it, which Telegram answers with 429s.
func TestDeployExampleSharesTheSendBudget(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "deploy", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatalf("deploy/docker-compose.yml: %v", err)
	}
	var replicas []string
	for name, svc := range compose.Services {
		if len(svc.Command) > 0 && svc.Command[0] == "serve" {
			replicas = append(replicas, name)
		}
	}
	if len(replicas) < 2 {
		t.Fatalf("the example runs %d serve replicas (%v); it is meant to show two", len(replicas), replicas)
	}
	for _, name := range replicas {
		env := compose.Services[name].Environment
		n, err := parseReplicas(env["DETENTE_REPLICAS"])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != len(replicas) {
			t.Errorf("%s: DETENTE_REPLICAS=%q, but the example runs %d serve replicas: each would spend 1/%d of the bot's send budget",
				name, env["DETENTE_REPLICAS"], len(replicas), n)
		}
		if env["DETENTE_DATABASE_URL"] == "" {
			t.Errorf("%s: no DETENTE_DATABASE_URL: the replica would keep its own SQLite file", name)
		}
	}
}
