import type { Db } from '../../db/open';
import type { Channel, ChannelOutput, ParsedInput, ReadOnlyAccess } from '../../domain/contract';
import type { Printer } from './printer';

/** What every handler gets besides its input. */
export interface HandlerContext {
  db: Db;
  /** The OS user, recorded in the audit log. */
  actor: string;
  /** The one clock every date computation reads, so tests can fix "today". */
  now: () => Date;
  /** The office's data folder, beside the database: stored documents, backups and trash live under it. */
  dataDir: string;
  /**
   * Where the shell opened the database and why it couldn't, if so: a restore reopens the file,
   * and while `problem` is set only the recovery channels answer. Tests may leave it out.
   */
  office?: OfficeFile;
  /** Prints app routes to PDF or paper; supplied by the shell, the headless exporter and the harness. */
  printer?: Printer;
  /** The OS's protection for this PC's secrets (Electron's safeStorage), where the shell has it. */
  secrets?: SecretStore;
}

/** Encrypts with a key the operating system keeps for the logged-in user. */
export interface SecretStore {
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface OfficeFile {
  file: string;
  nativeBinding?: string;
  problem?: { reason: 'corrupt' | 'unreadable' | 'tooNew'; detail: string; movedTo: string | null };
  /** Set when the file or its folder can't be written: the database was opened read-only. */
  readOnly?: ReadOnlyAccess;
}

export type Handler<C extends Channel> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel of the contract; the type makes a missing one a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };
