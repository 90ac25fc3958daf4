// Notification formats in the contract (issue 17): the webhook's format setting.
import { z } from 'zod';
import { WEBHOOK_FORMATS, type WebhookFormat } from './webhook-format.ts';

export const WebhookFormatSettingSchema = z.enum([
  'auto',
  ...(WEBHOOK_FORMATS as [WebhookFormat, ...WebhookFormat[]]),
]);
