// Peak resident memory of this process and every process it started (Chromium's browser,
// renderer and GPU processes), sampled from /proc while a piece of work runs.
import { readdirSync, readFileSync } from 'node:fs';

function processTable(): Map<number, { parent: number; rssKb: number }> {
  const table = new Map<number, { parent: number; rssKb: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(entry), { parent, rssKb });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Resident kilobytes of `root` and all its descendants right now. */
function treeRssKb(root: number): number {
  const table = processTable();
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += table.get(pid)?.rssKb ?? 0;
    for (const [child, info] of table) if (info.parent === pid) pending.push(child);
  }
  return total;
}

/** Runs `work` and returns its result with the peak resident memory of the process tree, in MB. */
export async function withPeakMemory<T>(work: () => Promise<T>, everyMs = 50): Promise<{ result: T; peakMb: number }> {
  let peakKb = treeRssKb(process.pid);
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(process.pid));
  }, everyMs);
  try {
    const result = await work();
    peakKb = Math.max(peakKb, treeRssKb(process.pid));
    return { result, peakMb: Math.round(peakKb / 1024) };
  } finally {
    clearInterval(timer);
  }
}
