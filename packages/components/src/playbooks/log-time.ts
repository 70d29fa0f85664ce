const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The time of a log line to the second ("09:14:05"): a run's steps are seconds apart. */
export function formatLogTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '—' : timeOfDay.format(time);
}
