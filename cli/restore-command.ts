/**
 * The command a human runs to bring back a secret scheduled for deletion, every version included
 * (secret names need no shell quoting: A-Z a-z 0-9 /_+=.@-). Its own module: the plan summary
 * prints it and must not load the AWS SDK.
 */
export function restoreCommand(name: string, region: string): string {
  return `aws secretsmanager restore-secret --secret-id ${name} --region ${region}`;
}
