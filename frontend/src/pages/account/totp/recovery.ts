/** The secret in groups of four, as people type it into an authenticator app. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** A plain-text file of the recovery codes, offered for download. */
export function recoveryFile(title: string, account: string, codes: readonly string[]): string {
  return [title, account, '', ...codes, ''].join('\n');
}
