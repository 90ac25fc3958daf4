// What a deployment target needs when it is added (issue 17): its settings per kind, the files it
// asks for, and the credentials it logs in with; each problem is a Text the window translates.
import { textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import type { DeploySecrets, DeployTargetConfig } from '../../shared/deploy.ts';
import { checkCpanelConfig } from './cpanel.ts';
import { checkDeployFiles, needsPfxPassword } from './files.ts';
import { checkFtpConfig, checkSftpConfig } from './remote-targets.ts';

/** A target's settings and credentials when it is added; each problem is a Text (issue 17). */
export function checkConfig(c: DeployTargetConfig, secrets: DeploySecrets): void {
  switch (c.kind) {
    case 'sftp':
      checkSftpConfig(c);
      checkDeployFiles(c);
      if (!secrets.password && !secrets.privateKey)
        throw textError('invalid-input', text('deployCheck.sftpLogin'));
      break;
    case 'ftp':
      checkFtpConfig(c);
      checkDeployFiles(c);
      if (!secrets.password) throw textError('invalid-input', text('deployCheck.ftpPassword'));
      break;
    case 'cpanel':
      checkCpanelConfig(c);
      if (!secrets.apiToken) throw textError('invalid-input', text('deployCheck.cpanelToken'));
      break;
    case 'local':
      if (!c.dir.trim()) throw textError('invalid-input', text('deployCheck.localFolder'));
      checkDeployFiles(c);
      break;
    case 'manual':
      if (!c.label.trim()) throw textError('invalid-input', text('deployCheck.manualLabel'));
      break;
  }
  if (c.kind !== 'manual' && c.kind !== 'cpanel' && needsPfxPassword(c) && !secrets.pfxPassword)
    throw textError('wrong-password', text('deployCheck.pfxPassword'));
}
