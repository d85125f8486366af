// Peak resident memory from the kernel's own high-water marks (VmHWM in /proc/<pid>/status, see
// proc(5)), not from sampling: a timer in this process can't fire while the database works
// synchronously, and any sampling misses the peaks between two samples.
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A process's peak resident set since it started (or since its reset), in kB; undefined once it has ended. */
function peakKb(pid: number | 'self'): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const peak = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return peak === undefined ? undefined : Number(peak);
}

/** Starts this process's high-water mark afresh from its present size: "5" to clear_refs, proc(5). */
function resetOwnPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch (error) {
    throw new Error(`The bench reads peak memory from Linux's VmHWM and must reset it through /proc/self/clear_refs: ${String(error)}`, { cause: error });
  }
}

function ownPeakKb(): number {
  const peak = peakKb('self');
  if (peak === undefined) throw new Error('/proc/self/status has no VmHWM line');
  return peak;
}

/** Every process this one started, and theirs in turn (Chromium's browser, zygote, renderer and GPU processes). */
function descendants(): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const found: number[] = [];
  const pending = [process.pid];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop() as number) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}

/**
 * Whether a process runs Chromium's own program (browser, zygote, renderer, GPU and utility
 * processes all exec the same binary). Read from /proc/<pid>/exe, which Chromium can't rewrite as
 * it rewrites its command line. Other descendants, such as tsx's esbuild service, are the bench's
 * own tools: they count in no figure.
 */
function isChromium(pid: number): boolean {
  try {
    return /^chrom/.test(basename(readlinkSync(`/proc/${pid}/exe`)));
  } catch {
    return false;
  }
}

/**
 * A process's proportional set size now, in kB: its resident pages, each shared page divided by
 * the number of processes that map it (smaps_rollup, proc(5)). Summed over processes, a page of
 * Chromium's program mapped by seven of them counts once, as the machine holds it once.
 */
function pssKb(pid: number | 'self'): number {
  try {
    return Number(/^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** What this process and Chromium's processes under it occupy together at this moment, in kB. */
const treePssKb = () => pssKb('self') + descendants().filter(isChromium).reduce((total, pid) => total + pssKb(pid), 0);

/** How often the joint size is sampled while the work runs, in ms. */
const PSS_SAMPLE_MS = 50;

const megabytes = (kb: number) => Math.round(kb / 1024);

/** Runs `work` in this process alone and returns its result with the process's peak resident memory, in MB. */
export async function withOwnPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  resetOwnPeak();
  const result = await work();
  return { result, peakMb: megabytes(ownPeakKb()) };
}

/** A tree's peak memory, in MB: this process (main's part), Chromium's processes, and their sum. */
export interface TreePeak {
  peakMb: number;
  mainMb: number;
  chromiumMb: number;
  /** The largest joint size sampled, shared pages counted once (PSS). */
  pssMb: number;
}

/**
 * Runs `work`, which starts Chromium, and returns its result with the peak resident memory of this
 * process and of Chromium's processes under it, in MB. Each figure is read from each process's own
 * VmHWM, never from a sum over the whole machine. A process's peak ends with it, so `work` calls
 * `recordChildren` while they still run (before it closes a page or the browser); each call sums
 * the peaks of Chromium's processes alive then, and the largest sum counts. Each process peaks at
 * its own moment, so the sum is an upper bound of their joint peak; and VmHWM counts the pages of
 * Chromium's program each process has touched, which the kernel holds once for all of them, so the
 * Chromium figure counts those shared pages once per process.
 */
export async function withTreePeakMemory<T>(work: (recordChildren: () => void) => Promise<T>): Promise<{ result: T } & TreePeak> {
  resetOwnPeak();
  let chromiumKb = 0;
  let jointKb = 0;
  const sampleJoint = () => {
    jointKb = Math.max(jointKb, treePssKb());
  };
  const recordChildren = () => {
    const sum = descendants()
      .filter(isChromium)
      .reduce((total, pid) => total + (peakKb(pid) ?? 0), 0);
    chromiumKb = Math.max(chromiumKb, sum);
    sampleJoint();
  };
  // Sampled, unlike the high-water marks: the kernel keeps no peak of PSS. The timer fires while
  // the page works and main awaits it; a peak inside one synchronous database call can slip by.
  const sampler = setInterval(sampleJoint, PSS_SAMPLE_MS);
  try {
    const result = await work(recordChildren);
    recordChildren();
    const mainKb = ownPeakKb();
    return { result, peakMb: megabytes(mainKb + chromiumKb), mainMb: megabytes(mainKb), chromiumMb: megabytes(chromiumKb), pssMb: megabytes(jointKb) };
  } finally {
    clearInterval(sampler);
  }
}
