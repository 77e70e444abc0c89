/**
 * The one time zone khabar computes dates in. Reports are Tehran news: a date without an offset is
 * Tehran wall-clock time, and every date is shown as Tehran's calendar day, whatever the machine's `TZ`.
 */
export const TEHRAN_ZONE = "Asia/Tehran";
