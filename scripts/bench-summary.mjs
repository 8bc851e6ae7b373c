#!/usr/bin/env node
// Prints the medians of a Vitest bench JSON report (vitest bench --outputJson FILE), and within each
// group the ratio of each benchmark's median to the group's fastest: the machines are shared and
// noisy, so figures measured side by side in one run are compared, never absolute times alone.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3));

console.log('\nBenchmark medians (ms); ratio = median / fastest median in its group\n');
for (const benchFile of report.files) {
  for (const group of benchFile.groups) {
    console.log(group.fullName.replace(/^.*? > /, ''));
    const fastest = Math.min(...group.benchmarks.map((b) => b.median));
    for (const b of group.benchmarks) {
      const ratio = (b.median / fastest).toFixed(2);
      console.log(
        `  ${ms(b.median).padStart(9)} ms  p75 ${ms(b.p75).padStart(9)}  ×${ratio.padEnd(6)} ${b.name}  (${b.sampleCount} samples)`,
      );
    }
  }
}
