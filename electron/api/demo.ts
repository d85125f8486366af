import type { ChannelOutput } from '../contract';
import { loadDemoOffice } from '../../db/demo/load';
import type { HandlerContext } from './context';

/** Writes the demo office built from the two press releases; idempotent. */
export const loadDemo = (ctx: HandlerContext): ChannelOutput<'demo:load'> => loadDemoOffice(ctx);
