import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { nameSpellings } from '../../domain/names/conventions';
import type { HandlerContext } from './context';

/** What the forms offer as the name in the other two scripts while one is being typed. */
export const transliterate = (_ctx: HandlerContext, input: ParsedInput<'names:transliterate'>): ChannelOutput<'names:transliterate'> =>
  nameSpellings(input.text, input.from);
