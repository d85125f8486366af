// The office's ranking table: the posts and ranks it orders people by, each at a tier (1 the
// highest). Kept in Settings and edited there; a person names their post and rank by key.
import { z } from 'zod';
import { RequiredLocalizedText } from './common';

export const TIER_KINDS = ['post', 'rank'] as const;
export const TierKind = z.enum(TIER_KINDS);
export type TierKind = z.output<typeof TierKind>;

/** A post's or rank's key: stays when the office renames it, so people keep their place. */
export const TierKey = z.string().regex(/^[a-z0-9-]{1,40}$/, 'validation.tierKey');

export const PrecedenceTier = z
  .object({
    key: TierKey,
    kind: TierKind,
    /** 1 is the highest; a post and a rank at one tier are of equal rank. */
    tier: z.number().int().min(1).max(99),
    name: RequiredLocalizedText(120),
  })
  .strict();
export type PrecedenceTier = z.output<typeof PrecedenceTier>;

export const PrecedenceTable = z
  .array(PrecedenceTier)
  .max(200)
  .superRefine((table, issues) => {
    const seen = new Set<string>();
    table.forEach((entry, index) => {
      if (seen.has(entry.key)) issues.addIssue({ code: 'custom', path: [index, 'key'], message: 'validation.tierKeyTaken' });
      seen.add(entry.key);
    });
  });
export type PrecedenceTable = z.output<typeof PrecedenceTable>;
