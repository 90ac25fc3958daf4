// R3: the account e-mail must be a valid address that reaches the person responsible.
import { CertdeskError } from '../shared/errors.ts';
import { nameProblem } from './names.ts';

export function checkEmail(email: string): string {
  const e = email.trim();
  const at = e.lastIndexOf('@');
  if (!e || at < 1 || at === e.length - 1 || /\s/.test(e) || e.includes(',')) {
    throw new CertdeskError(
      'invalid-email',
      `"${email}" is not an e-mail address. Give one that reaches you, like you@yourdomain.com: the CA writes there about your account.`,
    );
  }
  const local = e.slice(0, at);
  const domain = e.slice(at + 1);
  if (
    local.length > 64 ||
    !/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    throw new CertdeskError(
      'invalid-email',
      `The part before "@" in "${email}" has characters an e-mail address cannot have. Check for typos.`,
    );
  }
  if (nameProblem(domain) !== null) {
    throw new CertdeskError(
      'invalid-email',
      `The domain of "${email}" ("${domain}") is not a valid domain. Check for typos.`,
    );
  }
  return `${local}@${domain.toLowerCase()}`;
}
