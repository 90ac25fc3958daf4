// Backup and restore of the data folder (Settings > Your data).
import { CertdeskError } from '../../shared/errors.ts';
import { backupDataFolder } from '../backup.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

export function dataImpls(ctx: HandlerContext): Pick<Impls, 'data:backup' | 'data:restore'> {
  const { engine, deps } = ctx;
  return {
    'data:backup': async ({ dir }) =>
      backupDataFolder(engine.settings.dataDir, dir, engine.clock.now()),

    'data:restore': async ({ path: file }) => {
      if (!deps.restoreData)
        throw new CertdeskError(
          'unsupported',
          'Restoring replaces the data folder, which cannot be done while Certdesk is running in the browser. Stop "certdesk ui", copy the backup folder over the data folder shown above, then start it again.',
        );
      return deps.restoreData(file);
    },
  };
}
