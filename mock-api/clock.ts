/**
 * The server's "today": which periods have closed, and the date a demonstration data set is
 * generated as of. RSO_TODAY=YYYY-MM-DD pins it (tests, training copies, a demonstration frozen
 * on a date); otherwise it is the server's calendar date, read afresh on every call. Audit
 * entries keep the real time of the write whatever today is.
 */
import { isIsoDate, isoFromParts, type IsoDate } from '../src/app/domain/dates';

export type Today = () => IsoDate;

/** The calendar date of the machine, from its local date parts. */
export function machineToday(): IsoDate {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** RSO_TODAY when set (refused with a message unless it is a real date), else the machine's date. */
export function todayFromEnvironment(env: NodeJS.ProcessEnv = process.env): Today {
  const pinned = env['RSO_TODAY'];
  if (pinned === undefined || pinned === '') return machineToday;
  if (!isIsoDate(pinned))
    throw new Error(`RSO_TODAY must be a date written YYYY-MM-DD; it is "${pinned}".`);
  return () => pinned;
}
