/**
 * Child process of the crash test: opens the vault and changes it as fast as it
 * can until it is killed. Step n is one write: even steps add the token
 * "step n", odd steps rename the organisation to "step n". After each completed
 * write it prints n, so the test knows which states were certainly committed.
 * Usage: node crash-writer.mjs <dataDir> <hex key>
 */
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { Vault } from '../../../electron/core/vault/vault';

const [dataDir, keyHex] = process.argv.slice(2);
if (!dataDir || !keyHex) throw new Error('usage: crash-writer <dataDir> <hex key>');

const vault = await Vault.open({ dataDir, secretBox: new AesSecretBox(Buffer.from(keyHex, 'hex')) });
const found = vault.snapshot().organisations[0];
const organisation = found ?? vault.saveOrganisation({ name: 'start', taxId: '' });
const done = [organisation.name, ...organisation.tokens.map((token) => token.label)].map((label) => Number(/^step (\d+)$/.exec(label)?.[1] ?? -1));
let step = Math.max(...done) + 1;

for (;;) {
  if (step % 2 === 0) {
    await vault.saveToken({
      organisationId: organisation.id,
      kind: 'crpt',
      label: `step ${step}`,
      systemName: '',
      techEmail: '',
      secret: `secret-of-step-${step}`,
      expiresAt: null,
      // Bulk, so that a write takes long enough to be interrupted now and then.
      notes: 'x'.repeat(4000),
    });
  } else {
    vault.saveOrganisation({ id: organisation.id, name: `step ${step}`, taxId: '' });
  }
  process.stdout.write(`${step}\n`);
  step += 1;
}
