/**
 * An IANA time zone for luxon whose UTC offsets are remembered, a few weeks at a time.
 *
 * Why: luxon asks the zone for its offset three times for each date it makes from a day and a
 * time (once for the present moment, twice to settle the instant), and luxon's own IANA zone asks
 * Intl each time, which costs tens of microseconds while the build is starting up. Checking the
 * dates of 4,000 report pairs took about a quarter of a second of each of the build's threads.
 * A zone's offset changes only at its transitions, and Tehran's lie months apart (98 days at the
 * closest, in 1978): where the offsets at the two ends of a span of 16 days are the same, so is
 * every offset in between. The offsets are luxon's own, asked of its IANA zone; only fewer
 * questions are asked.
 */
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from "luxon";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The days in one span: fewer than lie between two transitions of the zones it is used for. */
const SPAN_DAYS = 16;
const SPAN_MS = SPAN_DAYS * DAY_MS;
/** Marks a span or a day with a transition in it: the offsets there are asked one by one. */
const CHANGES = Number.NaN;

/**
 * `name`'s offsets, as luxon's `IANAZone` gives them, remembered by span of 16 days, or by day in
 * a span with a transition; for a zone whose transitions lie more than 16 days apart, as Tehran's do.
 * @example new RememberedZone("Asia/Tehran").offset(Date.UTC(2025, 10, 18)) // 210
 */
export class RememberedZone extends Zone {
  readonly #zone: IANAZone;
  /** By span number (days since 1970 / 16): the offset all through it, or {@link CHANGES}. */
  readonly #spans = new Map<number, number>();
  /** By day number (days since 1970), in spans with a transition: the offset all day, or {@link CHANGES}. */
  readonly #days = new Map<number, number>();

  constructor(name: string) {
    super();
    this.#zone = IANAZone.create(name);
  }

  /** "iana", as luxon's own zone: luxon then formats dates in this zone through Intl, by its name. */
  override get type(): string {
    return "iana";
  }

  override get name(): string {
    return this.#zone.name;
  }

  /** Not declared by luxon's types, but read by luxon for `toISO({ extendedZone: true })`. */
  get ianaName(): string {
    return this.#zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.#zone.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.#zone.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return this.#zone.offset(ts);
    const span = Math.floor(ts / SPAN_MS);
    const ofSpan = this.#remembered(this.#spans, span, SPAN_MS);
    if (!Number.isNaN(ofSpan)) return ofSpan;
    const ofDay = this.#remembered(this.#days, Math.floor(ts / DAY_MS), DAY_MS);
    return Number.isNaN(ofDay) ? this.#zone.offset(ts) : ofDay;
  }

  override equals(other: Zone): boolean {
    return other.type === "iana" && other.name === this.name;
  }

  /** The offset all through period `index` of `length` ms, or {@link CHANGES}; asked once and kept. */
  #remembered(periods: Map<number, number>, index: number, length: number): number {
    let offset = periods.get(index);
    if (offset === undefined) {
      const first = this.#zone.offset(index * length);
      offset = first === this.#zone.offset((index + 1) * length - 1) ? first : CHANGES;
      periods.set(index, offset);
    }
    return offset;
  }
}
