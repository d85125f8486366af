import { core } from './core';
import { visits } from './visits';
import { directory } from './directory';
import { agreements } from './agreements';
import { register } from './register';
import { errors } from './errors';
import { search } from './search';
import { programme } from './programme';
import { briefing } from './briefing';
import { planning } from './planning';
import { hardening } from './hardening';
import { audit } from './audit';
import { transfer } from './transfer';
import { appMenu } from './app-menu';
import { precedence } from './precedence';
import { seating } from './seating';
import type { Catalog } from '../en';

export const ru: Catalog = { ...core, ...visits, ...directory, ...agreements, ...register, ...errors, ...search, ...programme, ...briefing, ...planning, ...hardening, ...audit, ...transfer, ...appMenu, ...precedence, ...seating };
