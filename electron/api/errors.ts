import type { ZodError } from 'zod';
import type { ApiErrorShape, ErrorCode, FieldIssue } from '../../domain/contract';
import { issueMessageKey } from '../../domain/contract/issue-message';

type Params = Record<string, string | number>;

/** A failure the user can act on. `messageKey` is an i18n key under `errors.` in the renderer. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Params,
    readonly issues?: FieldIssue[],
  ) {
    super(messageKey);
  }

  toShape(): ApiErrorShape {
    return { code: this.code, messageKey: this.messageKey, params: this.params, issues: this.issues };
  }
}

export class ValidationError extends AppError {
  constructor(messageKey: string, params?: Params, issues?: FieldIssue[]) {
    super('validation', messageKey, params, issues);
  }

  static fromZod(error: ZodError): ValidationError {
    const issues = error.issues.map((issue) => ({
      path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
      messageKey: issueMessageKey(issue),
    }));
    return new ValidationError('validation.invalidInput', undefined, issues);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: number | string) {
    super('not_found', 'notFound', id === undefined ? { entity } : { entity, id });
  }
}

export class ConflictError extends AppError {
  constructor(messageKey: string, params?: Params) {
    super('conflict', messageKey, params);
  }
}

/** The schema's own triggers refuse with a message that names their rule. */
const TRIGGER_REFUSALS = new Map<string, () => AppError>([
  // Migration 0008: a uuid that isn't in the one canonical form.
  ['uuid.notCanonical', () => new ValidationError('validation.uuid')],
  // Migration 0010: a participant of a visit's event who is neither on the visit nor one of ours.
  ['participant.notOnVisit', () => new ConflictError('conflict.participantNotOnVisit')],
]);

interface SqliteError extends Error {
  code: string;
}
const isSqliteError = (error: unknown): error is SqliteError =>
  error instanceof Error && typeof (error as Partial<SqliteError>).code === 'string' && error.name === 'SqliteError';

/** Turns anything a handler threw into what crosses to the renderer. */
export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (isSqliteError(error)) {
    // The schema's constraints are the last line of defence; name the kind of rule that held.
    switch (error.code) {
      case 'SQLITE_CONSTRAINT_FOREIGNKEY':
        return new ConflictError('conflict.referenced').toShape();
      // SQLite reports an ON DELETE RESTRICT refusal under the trigger code, with the FK message.
      case 'SQLITE_CONSTRAINT_TRIGGER': {
        if (error.message.includes('FOREIGN KEY')) return new ConflictError('conflict.referenced').toShape();
        const refusal = TRIGGER_REFUSALS.get(error.message);
        if (refusal) return refusal().toShape();
        break;
      }
      case 'SQLITE_CONSTRAINT_UNIQUE':
      case 'SQLITE_CONSTRAINT_PRIMARYKEY':
        return new ConflictError('conflict.duplicate').toShape();
      case 'SQLITE_CONSTRAINT_CHECK':
      case 'SQLITE_CONSTRAINT_NOTNULL':
        return new ValidationError('validation.invalidInput').toShape();
    }
    // Another program holds the database (SQLITE_BUSY, _SNAPSHOT, _RECOVERY, _TIMEOUT): try again later.
    if (error.code.startsWith('SQLITE_BUSY')) return new ConflictError('conflict.busy').toShape();
    // The file or its folder became read-only while the office was open.
    if (error.code.startsWith('SQLITE_READONLY')) return new ConflictError('conflict.readOnly').toShape();
  }
  return { code: 'internal', messageKey: 'internal' };
}
