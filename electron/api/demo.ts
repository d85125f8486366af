import type { ChannelOutput } from '../../domain/contract';
import { loadDemoOffice } from '../demo/load';
import type { HandlerContext } from './context';

/** Writes the demo office built from the two press releases; idempotent. */
export const loadDemo = (ctx: HandlerContext): ChannelOutput<'demo:load'> => loadDemoOffice(ctx);
