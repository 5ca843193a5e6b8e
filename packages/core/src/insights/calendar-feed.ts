/** The private calendar feed (RFC 5545): one VEVENT per upcoming interview, follow-up and
 * deadline, with UIDs that stay the same from one fetch to the next so calendar apps update
 * events rather than duplicate them. */
import type { ApplicationView } from '../applications/application-view.js';
import { calendarDateOf, parseCalendarDate } from '../shared/calendar-date.js';
import { collectDueItems, type DueItem } from './due-items.js';
import { dateValue, escapeText, foldLine, utcDateTime } from './ical-text.js';

export const CALENDAR_PRODID = '-//Job Tracker//Follow-ups//EN';
export const CALENDAR_NAME = 'Job Tracker';
/** Calendars need an end; an interview's length is not recorded, so it shows as an hour. */
export const INTERVIEW_DURATION = 'PT1H';
const UID_DOMAIN = 'jobtracker';

function uidOf(item: DueItem): string {
  const suffix = item.kind === 'interview' ? `-${item.event_index ?? 0}` : '';
  return `${item.kind.replace('_', '-')}-${item.application_id}${suffix}@${UID_DOMAIN}`;
}

function summaryOf(item: DueItem): string {
  const role = item.job_title ? `${item.job_title} at ${item.company}` : item.company;
  if (item.kind === 'follow_up') return `Follow up: ${item.text} (${role})`;
  if (item.kind === 'deadline') return `Apply by today: ${role}`;
  return `${item.text} (${role})`;
}

function eventLines(item: DueItem, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${uidOf(item)}`, `DTSTAMP:${stamp}`];
  if (item.at) {
    lines.push(`DTSTART:${utcDateTime(item.at)}`, `DURATION:${INTERVIEW_DURATION}`);
  } else {
    // All-day: a DATE start and the next day as the (exclusive) end.
    const day = parseCalendarDate(item.date as string) as number;
    lines.push(`DTSTART;VALUE=DATE:${dateValue(item.date as string)}`, `DTEND;VALUE=DATE:${dateValue(calendarDateOf(day + 1))}`);
  }
  lines.push(`SUMMARY:${escapeText(summaryOf(item))}`, `CATEGORIES:${item.kind.toUpperCase().replace('_', '-')}`, 'END:VEVENT');
  return lines;
}

const HEADER = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${CALENDAR_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${CALENDAR_NAME}`];

/** The whole `.ics` text. The views need `id`, `job.title`, `next_action`, `deadline`, the
 * status, dates and the timeline. */
export function calendarFeed(views: readonly ApplicationView[], now: Date): string {
  const nowMs = now.getTime();
  const stamp = utcDateTime(now);
  const items: DueItem[] = [];
  for (const view of views) collectDueItems(view, nowMs, items);
  let text = HEADER.map(foldLine).join('');
  for (const item of items) for (const line of eventLines(item, stamp)) text += foldLine(line);
  return text + foldLine('END:VCALENDAR');
}
