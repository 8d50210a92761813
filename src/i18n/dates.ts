/**
 * Write a date as YYYY-MM-DD in the user's own time zone (never UTC): at 07:30 in Beijing a file made
 * today is dated today, not yesterday.
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
