import { expect, test } from './harness/fixtures';
import { kindSpec, startNewToken, ui, walkWizard, wizard } from './harness/user';

test('«Открыть портал» opens the official portal in the user’s browser and the app stays where it is', async ({ app }) => {
  const { page } = app;
  const kind = kindSpec('oais');
  const step = kind.steps.find((candidate) => candidate.portal);
  if (!step?.portal) throw new Error('the ОАИС wizard links its portal');
  await startNewToken(page, { organisation: 'ООО «Ромашка»', kind: 'oais' });
  await walkWizard(page, kind, {}, { until: step.id });

  const before = page.url();
  await wizard(page)
    .getByRole('button', { name: new RegExp(`^${ui.wizard.openPortal}`) })
    .click();
  await expect.poll(() => app.opener.opened).toEqual([new URL(step.portal.url).href]);
  expect(page.url()).toBe(before);
  await expect(wizard(page)).toHaveAttribute('data-step-id', step.id);
});
