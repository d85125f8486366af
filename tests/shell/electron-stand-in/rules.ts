// How the stand-in fails: loudly, with the Electron rule that was broken and where it is written.
// Sources are the installed Electron's own API documentation (node_modules/electron/electron.d.ts,
// generated from docs/api/*.md) and, where the docs are silent, Electron's source.

export class ElectronRuleBroken extends Error {
  constructor(rule: string, source: string) {
    super(`Electron would refuse this: ${rule} (${source})`);
    this.name = 'ElectronRuleBroken';
  }
}

export function enforce(condition: unknown, rule: string, source: string): asserts condition {
  if (!condition) throw new ElectronRuleBroken(rule, source);
}

/** An Electron event object: listeners may call preventDefault(). */
export function electronEvent<T extends object>(details: T): T & { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false;
  const event = details as T & { preventDefault(): void; readonly defaultPrevented: boolean };
  Object.defineProperty(event, 'preventDefault', { value: () => (prevented = true) });
  Object.defineProperty(event, 'defaultPrevented', { get: () => prevented });
  return event;
}
