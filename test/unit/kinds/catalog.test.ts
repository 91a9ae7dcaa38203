import { describe, expect, it } from 'vitest';
import { KIND_CATALOG, availableKinds, getKind, saveStepIndex } from '../../../shared/kinds/catalog';
import { oais } from '../../../shared/kinds/oais';
import { tpsclient } from '../../../shared/kinds/tpsclient';
import { smdo } from '../../../shared/kinds/smdo';
import { eis } from '../../../shared/kinds/eis';
import { crpt } from '../../../shared/kinds/crpt';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';

describe('the kind catalog', () => {
  it('holds oais and tpsclient under their own ids', () => {
    expect(KIND_CATALOG.oais).toBe(oais);
    expect(KIND_CATALOG.tpsclient).toBe(tpsclient);
    for (const [id, kind] of Object.entries(KIND_CATALOG)) expect(kind?.id).toBe(id);
  });

  it('finds every described kind', () => {
    expect(getKind('oais')).toBe(oais);
    expect(getKind('tpsclient')).toBe(tpsclient);
    expect(getKind('smdo')).toBe(smdo);
    expect(getKind('eis')).toBe(eis);
    expect(getKind('crpt')).toBe(crpt);
  });

  it('lists the available kinds in the order of TOKEN_KIND_IDS', () => {
    const ids = availableKinds().map((kind) => kind.id);
    expect(ids).toEqual(TOKEN_KIND_IDS.filter((id) => KIND_CATALOG[id] !== undefined));
    expect(ids).toEqual(['oais', 'tpsclient', 'smdo', 'eis', 'crpt']);
  });
});

describe('when the wizard saves the token', () => {
  it.each([oais, tpsclient])('$id saves on the «save» step, after the token is typed and before it is pasted anywhere', (kind) => {
    const ids = kind.steps.map((step) => step.id);
    const save = saveStepIndex(kind);
    expect(kind.steps[save]?.id).toBe('save');
    expect(ids.indexOf('show-token')).toBeLessThan(save);
    expect(ids.indexOf('paste')).toBeGreaterThan(save);
    expect(kind.steps[ids.indexOf('paste')]?.fields ?? []).toEqual([]);
  });

  it('answers -1 for a kind whose steps collect nothing', () => {
    expect(saveStepIndex({ ...oais, steps: oais.steps.map(({ fields: _fields, ...step }) => step) })).toBe(-1);
  });
});
