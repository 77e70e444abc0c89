/**
 * The one time zone khabar computes dates in. Reports are Tehran news: a date without an offset is
 * Tehran wall-clock time, and every date is shown as Tehran's calendar day, whatever the machine's `TZ`.
 */
import type { Zone } from "luxon";
import { RememberedZone } from "./remembered-zone.ts";

/**
 * Asia/Tehran, for luxon: its offsets are luxon's own, remembered (see remembered-zone.ts).
 * @example DateTime.fromISO("2025-11-18", { zone: TEHRAN_ZONE }).toISO() // "2025-11-18T00:00:00.000+03:30"
 */
export const TEHRAN_ZONE: Zone = new RememberedZone("Asia/Tehran");
