// Channels of deployment targets (issue 17): where a certificate is used, and the runs that put
// it there. Credentials go in (deploy:add) and never come back out: a target's view names only
// which ones are stored. Nothing here carries a private key (R8).
import { z } from 'zod';
import { ExportFormatSchema, PresetIdSchema, TextSchema, id, path } from './contract-base.ts';
import type { DeployRun, DeployTargetView, ManualWaiting } from './deploy.ts';
import { DEPLOY_SECRET_NAMES } from './deploy.ts';

const line = (max: number) => z.string().max(max);
const files = {
  preset: PresetIdSchema.optional(),
  format: ExportFormatSchema.optional(),
  pfxEncoding: z.enum(['modern', 'legacy']).optional(),
  rsaKeyFormat: z.enum(['pkcs8', 'pkcs1']).optional(),
};
export const DeployTargetConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sftp'),
    host: line(300),
    user: line(200),
    remoteDir: line(4096),
    hostKey: line(100).optional(),
    command: line(4096).optional(),
    ...files,
  }),
  z.strictObject({
    kind: z.literal('ftp'),
    host: line(300),
    user: line(200),
    remoteDir: line(4096),
    tls: z.boolean().optional(),
    insecureTls: z.boolean().optional(),
    ...files,
  }),
  z.strictObject({
    kind: z.literal('cpanel'),
    url: line(500),
    user: line(200),
    domain: line(253).optional(),
    insecureTls: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('local'),
    dir: path,
    postCommand: line(4096).optional(),
    ...files,
  }),
  z.strictObject({
    kind: z.literal('manual'),
    label: line(200),
    notes: line(2000).optional(),
    preset: PresetIdSchema.optional(),
  }),
]);
export const DeploySecretsSchema = z.partialRecord(
  z.enum(DEPLOY_SECRET_NAMES),
  z.string().max(65536),
);

const RunSchema = z.custom<DeployRun>(
  (v) => typeof v === 'object' && v !== null && 'targetId' in v && 'ok' in v,
);
const ViewSchema = z.custom<DeployTargetView>(
  (v) => typeof v === 'object' && v !== null && 'id' in v && 'config' in v && !('password' in v),
);
const RunResultSchema = z.object({ target: ViewSchema, run: RunSchema });

export const DEPLOY_CHANNELS = {
  'deploy:list': {
    input: z.strictObject({ id }),
    output: z.array(ViewSchema),
  },
  'deploy:add': {
    input: z.strictObject({
      id,
      config: DeployTargetConfigSchema,
      secrets: DeploySecretsSchema.optional(),
      /** Deploy right away (the wizard's step and "Add" on the certificate page). */
      run: z.boolean().optional(),
    }),
    output: z.object({ target: ViewSchema, runs: z.array(RunResultSchema) }),
  },
  'deploy:test': {
    input: z.strictObject({ id, targetId: id }),
    output: z.object({ text: TextSchema }),
  },
  'deploy:run': {
    input: z.strictObject({ id, targetId: id.optional() }),
    output: z.array(RunResultSchema),
  },
  'deploy:remove': {
    input: z.strictObject({ id, targetId: id }),
    output: z.object({}),
  },
  'deploy:done': {
    input: z.strictObject({ id, targetId: id }),
    output: ViewSchema,
  },
  'deploy:waiting': {
    input: z.strictObject({}),
    output: z.array(z.custom<ManualWaiting>((v) => typeof v === 'object' && v !== null)),
  },
} as const;
