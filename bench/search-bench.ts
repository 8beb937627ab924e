// Search time per keystroke over generated people: the agent types a query one character at a time.
import { performance } from 'node:perf_hooks';
import { createPeopleIndex, generateSyntheticPeople, searchPeople } from '../src/domain/people';

export type SearchFigures = {
  people: number;
  keystrokes: number;
  indexBuildMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
};

const queries = [
  'berg',
  'vd berg',
  'van der',
  'jansen',
  'paspoort',
  'burgerzaken',
  'beleids',
  'özdemir',
  'pieter v',
  'wmo',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

export function measureSearch(peopleCount = 5000, rounds = 5): SearchFigures {
  const people = generateSyntheticPeople(peopleCount, 20261129);
  const buildStart = performance.now();
  const index = createPeopleIndex(people);
  const indexBuildMs = performance.now() - buildStart;

  // Warm up the JIT so the figures describe steady typing, not the first call.
  for (const query of queries) searchPeople(index, query, 20);

  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const start = performance.now();
        searchPeople(index, query.slice(0, length), 20);
        timings.push(performance.now() - start);
      }
    }
  }
  timings.sort((a, b) => a - b);
  return {
    people: peopleCount,
    keystrokes: timings.length,
    indexBuildMs,
    medianMs: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    maxMs: timings[timings.length - 1] ?? 0,
  };
}
