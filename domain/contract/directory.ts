// Organisations, people and venues: the office's directory.
import { z } from 'zod';
import { Id, IsoDate, LocalizedText, OptionalText, RequiredLocalizedText, Timestamps, Uuid, listQuery, page } from './common';
import { PersonNameInput, PersonNameParts } from './person-name';
import { TierKey } from './precedence';

/** The largest photo the app keeps: the form sends a ~256 px JPEG, far below this. */
export const MAX_PHOTO_BYTES = 256 * 1024;
/** A JPEG as base64 (what crosses IPC); the handler checks that it is one. */
export const PhotoJpeg = z
  .string()
  .max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4, 'validation.photoTooLarge')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.photoNotJpeg');

export const OrganizationInput = z
  .object({
    id: Id.optional(),
    /** Only when creating: a stable UUID brought from elsewhere (demo data, transfer bundles). */
    uuid: Uuid.optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'validation.countryCode'),
    name: RequiredLocalizedText(300),
    shortName: LocalizedText(60),
    parentId: Id.nullable(),
    isOurs: z.boolean(),
    /** The partner's profile in the briefing pack, so in the three languages. */
    notes: LocalizedText(2000),
  })
  .strict();
export const Organization = OrganizationInput.extend({
  id: Id,
  ...Timestamps,
  parentName: LocalizedText().nullable(),
});
export type Organization = z.output<typeof Organization>;
export const OrganizationListQuery = listQuery(['name', 'country', 'updatedAt']);

export const PersonInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    /** In parts; running text in each language is split as migration 0014 split stored names. */
    name: PersonNameInput,
    rank: LocalizedText(200),
    position: LocalizedText(300),
    bio: LocalizedText(4000),
    organizationId: Id.nullable(),
    /** ISO 639-1 codes of the languages the person speaks. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'validation.languageCode')).max(20),
    interpreterNeeded: z.boolean(),
    /** Printed in the dietary list, so in the three languages. */
    dietaryNotes: LocalizedText(2000),
    protocolNotes: OptionalText(),
    contact: OptionalText(300),
    /** The last word among people of equal tier and seniority: 1 is the most senior. */
    precedence: z.number().int().min(1).max(9999),
    /** The person's post and rank in the office's ranking table (Settings), by key; left out: none. */
    postTier: TierKey.nullable().default(null),
    rankTier: TierKey.nullable().default(null),
    /** When they took up the post: within a tier the longer-serving goes first (Vienna Convention, Art. 16). */
    inPostSince: IsoDate.nullable().default(null),
    /** Left out: the photo stays as it is; null: removed; a JPEG: replaces it. */
    photo: PhotoJpeg.nullable().optional(),
  })
  .strict();
export const Person = PersonInput.omit({ photo: true }).extend({
  id: Id,
  ...Timestamps,
  /** Running text, given name first ("Kamaladdin Heydarov"). */
  name: LocalizedText(),
  nameParts: PersonNameParts,
  /** Surname first, with the patronymic ("Heydarov, Kamaladdin"): for columns whose header says so. */
  listedName: LocalizedText(),
  hasPhoto: z.boolean(),
  organizationName: LocalizedText().nullable(),
});
export type Person = z.output<typeof Person>;
export const PersonListQuery = listQuery(['name', 'organization', 'precedence', 'updatedAt']).extend({
  organizationId: Id.optional(),
});

export const VenueInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    name: RequiredLocalizedText(300),
    /** Printed on the run sheet, so in the three languages. */
    address: LocalizedText(500),
    city: LocalizedText(100),
    /** For the office only: never printed. */
    notes: OptionalText(),
  })
  .strict();
export const Venue = VenueInput.extend({ id: Id, ...Timestamps });
export type Venue = z.output<typeof Venue>;
export const VenueListQuery = listQuery(['name', 'city']);

/** A person's photo for an <img>, as a data: URL (the CSP allows data: images), or null. */
export const PersonPhoto = z.object({ photo: z.string().nullable() });

/** The names of a record being typed, to find records that look like it in any script. */
export const SimilarPeopleQuery = z.object({ name: LocalizedText(200), excludeId: Id.optional() }).strict();
export const SimilarOrganizationsQuery = z
  .object({ name: LocalizedText(300), shortName: LocalizedText(60), excludeId: Id.optional() })
  .strict();

export const OrganizationPage = page(Organization);
export const PersonPage = page(Person);
export const VenuePage = page(Venue);
