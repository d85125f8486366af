// Reads electronegativity's CSV report and keeps the findings that matter: HIGH or MEDIUM ones
// that the allow-list doesn't explain. Allow-list entries that explain nothing are reported too,
// so the list can't quietly outlive the code it excuses.
import Papa from 'papaparse';

export interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  sample: string;
}

export interface Allowance {
  check: string;
  files: string[];
  reason: string;
  /** The scanner doesn't report this finding on every run; its absence is not staleness. */
  unsteady?: string;
}

const BLOCKING = new Set(['HIGH', 'MEDIUM']);

export function parseReport(csv: string): Finding[] {
  const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true, transformHeader: (name) => name.trim() });
  return data.map((row) => ({
    check: row.issue ?? '',
    severity: row.severity ?? '',
    file: row.filename ?? '',
    location: row.location ?? '',
    sample: row.sample ?? '',
  }));
}

const explains = (allowance: Allowance, finding: Finding) =>
  allowance.check === finding.check && allowance.files.includes(finding.file) && allowance.reason.trim().length >= 20;

export function review(findings: Finding[], allowList: Allowance[]): { unexplained: Finding[]; stale: Allowance[] } {
  const blocking = findings.filter((finding) => BLOCKING.has(finding.severity));
  return {
    unexplained: blocking.filter((finding) => !allowList.some((allowance) => explains(allowance, finding))),
    stale: allowList.filter((allowance) => !allowance.unsteady && !blocking.some((finding) => explains(allowance, finding))),
  };
}
