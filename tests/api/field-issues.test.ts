// What a refused save says at each field, in the words the forms use for the same check: a field
// left empty is "fill in this field" whatever check it failed, while a value typed wrong, and a
// rule over several fields, keep their own words.
import { describe, expect, it } from 'vitest';
import { azMes, uzbekVisit } from './office';
import { openTestOffice, refused } from './test-context';

describe('a refused save names each field in the forms\' words', () => {
  it('asks to fill in a visit\'s empty partner, dates and country, and names a date typed wrong as such', async () => {
    const ctx = openTestOffice();
    const visit = { ...uzbekVisit(1), title: { az: ' ', ru: null, en: null }, startDate: '', endDate: '2025-13-01' };
    const error = await refused(ctx, 'visits:save', { ...visit, partnerOrganizationId: undefined });
    expect(error).toMatchObject({ code: 'validation', messageKey: 'validation.invalidInput' });
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['partnerOrganizationId'], messageKey: 'validation.required' },
        { path: ['startDate'], messageKey: 'validation.required' },
        { path: ['endDate'], messageKey: 'validation.invalid_format' },
        { path: ['title'], messageKey: 'validation.atLeastOneLanguage' },
      ]),
    );

    const country = async (code: string) => (await refused(ctx, 'organizations:save', { ...azMes(), country: code })).issues?.find((issue) => issue.path[0] === 'country');
    expect(await country('')).toEqual({ path: ['country'], messageKey: 'validation.required' });
    expect(await country('az')).toEqual({ path: ['country'], messageKey: 'validation.countryCode' });
  });
});
