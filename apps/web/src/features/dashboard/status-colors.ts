/** A colour per application status for the charts (tokens defined in dashboard.css for both
 * themes), so "offer" reads green and "rejected" red wherever a status is drawn. */
import { isStatus, type Status } from '../../lib/statuses.js';

const TOKENS: Record<Status, string> = {
  applied: '--chart-applied',
  screening: '--chart-screening',
  interview: '--chart-interview',
  technical_test: '--chart-technical-test',
  offer: '--chart-offer',
  accepted: '--chart-accepted',
  rejected: '--chart-rejected',
  withdrawn: '--chart-withdrawn',
};

export function statusColorToken(status: string): string {
  return isStatus(status) ? TOKENS[status] : '--chart-other';
}
