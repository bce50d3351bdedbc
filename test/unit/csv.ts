// Reads data/*.csv the plain way, independent of scripts/gen-data.mjs, for tests to compare against.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

export const readCsv = (name: string) => csvParse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
