import { describe, expect, it } from 'vitest';
import { KIND_BASICS } from '../../../shared/kinds/kind-basics';
import { getKind } from '../../../shared/kinds/catalog';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';

describe('the light kind table the dashboard loads at start', () => {
  it.each(TOKEN_KIND_IDS)('says of %s what its catalog entry says', (id) => {
    const kind = getKind(id);
    const basics = KIND_BASICS[id];
    expect(kind).toBeDefined();
    expect(basics.title).toEqual(kind?.title);
    expect(basics.acquisition).toBe(kind?.acquisition);
    expect(basics.expiryIsDate).toBe(kind?.expiryIsDate === true);
    const secretField = kind?.fields.find((field) => field.id === 'secret' || field.id === 'key');
    expect(basics.secretLabel).toEqual(secretField?.label ?? { ru: 'Токен', en: 'Token' });
  });
});
