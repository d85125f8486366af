import { core } from './core';
import { visits } from './visits';
import { directory } from './directory';
import { agreements } from './agreements';
import { errors } from './errors';
import type { Catalog } from '../en';

export const az: Catalog = { ...core, ...visits, ...directory, ...agreements, ...errors };
