// `tsx tests/bench/build-archive.ts <file> <small|full>`: builds the archive and prints its build
// time as JSON. stats.ts runs it as a child process, so that none of the build's memory (SQLite's
// cache of the whole load, which the allocator keeps) stays in the process whose peak is measured.
import { performance } from 'node:perf_hooks';
import { buildArchive } from './archive';
import { benchSize } from './stats';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: build-archive.ts <file> --size small|full');
const start = performance.now();
buildArchive(file, benchSize());
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000 }));
