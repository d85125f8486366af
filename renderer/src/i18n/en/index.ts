// The English catalog is the reference shape: ru and az must have exactly these keys.
import { core } from './core';
import { visits } from './visits';
import { directory } from './directory';
import { agreements } from './agreements';
import { errors } from './errors';
import type { Shape } from '../shape';

export const en = { ...core, ...visits, ...directory, ...agreements, ...errors };

/** Every catalog has this shape, so a missing or extra key fails the type-check. */
export type Catalog = Shape<typeof en>;
