// The English catalog is the reference shape: ru and az must have exactly these keys.
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
import { seatingPrint } from './seating-print';
import { badges } from './badges';
import type { Shape } from '../shape';

export const en = { ...core, ...visits, ...directory, ...agreements, ...register, ...errors, ...search, ...programme, ...briefing, ...planning, ...hardening, ...audit, ...transfer, ...appMenu, ...precedence, ...seating, ...seatingPrint, ...badges };

/** Every catalog has this shape, so a missing or extra key fails the type-check. */
export type Catalog = Shape<typeof en>;
