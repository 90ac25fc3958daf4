// Simplified Chinese: the engine's sentences when a wait for the person ends (src-main/shared/engine-text-reminders.ts).
import type { remindersText } from '../../../src-main/shared/engine-text-reminders.ts';
import type { Shape } from '../shape.ts';

export const remindersEngineZh: Shape<typeof remindersText> = {
  doneByYou: '你已确认新证书已安装到 {{label}}。',
  doneServed: '网站检查发现新证书已在使用，因此 {{label}} 无需再操作。',
};
