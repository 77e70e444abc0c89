/**
 * A checked report file as it crosses between the build's threads. Messages are copied with the
 * structured clone algorithm, which keeps plain values only: a report's date, a luxon `DateTime`,
 * travels as its instant in milliseconds and is made again, in Tehran, on the other side.
 */
import { DateTime } from "luxon";
import type { CheckedSourceFile } from "../content/parse-content.ts";
import type { Report } from "../content/report.ts";
import { TEHRAN_ZONE } from "../dates/tehran.ts";

/** A report with its date as plain numbers. */
interface ReportMessage extends Omit<Report, "date"> {
  readonly instantMillis: number;
  readonly hasTime: boolean;
}

/** A {@link CheckedSourceFile} as a message carries it. */
export interface CheckedFileMessage extends Omit<CheckedSourceFile, "checked"> {
  readonly checked: Omit<CheckedSourceFile["checked"], "report"> & { readonly report: ReportMessage | undefined };
}

/**
 * A checked file in a form that survives the copy to another thread.
 * @example checkedFileMessage(checked).checked.report?.instantMillis // 1763449200000
 */
export function checkedFileMessage(file: CheckedSourceFile): CheckedFileMessage {
  const report = file.checked.report;
  if (report === undefined) return { ...file, checked: { ...file.checked, report: undefined } };
  const { date, ...rest } = report;
  return {
    ...file,
    checked: {
      ...file.checked,
      report: { ...rest, instantMillis: date.instant.toMillis(), hasTime: date.hasTime },
    },
  };
}

/**
 * The checked file a message carried.
 * @example checkedFileOf(checkedFileMessage(checked)).checked.report?.date.instant.zoneName // "Asia/Tehran"
 */
export function checkedFileOf(message: CheckedFileMessage): CheckedSourceFile {
  const sent = message.checked.report;
  if (sent === undefined) return { ...message, checked: { ...message.checked, report: undefined } };
  const { instantMillis, hasTime, ...rest } = sent;
  const report: Report = { ...rest, date: { instant: DateTime.fromMillis(instantMillis, { zone: TEHRAN_ZONE }) as DateTime<true>, hasTime } };
  return { ...message, checked: { ...message.checked, report } };
}
