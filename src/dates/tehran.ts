/**
 * The one time zone khabar computes dates in. Reports are Tehran news: a date without an offset is
 * Tehran wall-clock time, and every date is shown as Tehran's calendar day, whatever the machine's `TZ`.
 */
import { IANAZone, type Zone } from "luxon";

/**
 * Asia/Tehran, for luxon.
 * @example DateTime.fromISO("2025-11-18", { zone: TEHRAN_ZONE }).toISO() // "2025-11-18T00:00:00.000+03:30"
 */
export const TEHRAN_ZONE: Zone = IANAZone.create("Asia/Tehran");
