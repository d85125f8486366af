import type { Db } from '../../db/open';
import type { Channel, ChannelOutput, ParsedInput } from '../contract';

/** What every handler gets besides its input. */
export interface HandlerContext {
  db: Db;
  /** The OS user, recorded in the audit log. */
  actor: string;
  /** The one clock every date computation reads, so tests can fix "today". */
  now: () => Date;
  /** The office's data folder, beside the database: stored documents, backups and trash live under it. */
  dataDir: string;
}

export type Handler<C extends Channel> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel of the contract; the type makes a missing one a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };
