// A private key file the person picks (an SFTP login: the challenge route's details step and a
// deployment target). Read in the window and sent once to main, which seals it (R8).
import { isPrivateKeyText } from '../src-main/shared/route-facts.ts';

/** Private keys are small; anything larger is not one (and is not read into memory whole). */
const MAX_KEY_BYTES = 64 * 1024;

/** The key's text, or null when the file is not a private key (a .pub file, a .ppk, too large). */
export async function readKeyFile(file: File): Promise<string | null> {
  const text = file.size <= MAX_KEY_BYTES ? await file.text() : '';
  return isPrivateKeyText(text) ? text : null;
}
