/**
 * The build's second thread, seen from the main thread. It takes two shares of the build's work:
 * - checking the report files: both threads take files from one list, the second thread from the
 *   front, where one language's files stand, and the main thread from the back, so both finish
 *   together however fast each is. The second thread keeps the bodies of the reports it checked;
 * - writing the page table: the report pages of that language go to the second thread alone, in
 *   order, and it makes that language's search index from them as it writes them; every other page
 *   is shared the same way as the files to check, once the main thread has made the other
 *   languages' index.
 * Most report bodies thus never cross between the threads: each crossing is copied on one thread
 * and copied again on the other.
 * Work goes to the thread a batch at a time, a few batches ahead, so neither thread ever holds a
 * second copy of thousands of reports: at 10,000 report pairs, sending all pages at once added 230 MiB.
 */
import type { Worker } from "node:worker_threads";
import { checkReportFile, type CheckedSourceFile } from "../content/parse-content.ts";
import { readReportFile, type ListedReportFile } from "../content/read-content.ts";
import type { Lang } from "../i18n/locales.ts";
import type { Page } from "../pages/page-table.ts";
import { createNunjucksEnvironment } from "../render/nunjucks-environment.ts";
import { checkedFileOf } from "./checked-file-message.ts";
import { startSecondThreadWorker } from "./second-thread-start.ts";
import { SECOND_THREAD_READY, type SearchIndexTarget, type SecondThreadAnswer, type SecondThreadTask } from "./second-thread-protocol.ts";
import { writePages } from "./write-pages.ts";

const FILES_PER_BATCH = 100;
const PAGES_PER_BATCH = 100;
/**
 * Batches sent ahead of the thread: few, so that when the queue runs out, the second thread is not
 * left with much that the main thread could have shared.
 */
const BATCHES_IN_FLIGHT = 2;
/**
 * Batches sent ahead while they are ones only the second thread takes: there is nothing to share,
 * and the main thread, busy with Eleventy, may not answer for a tenth of a second or more.
 */
const RESERVED_BATCHES_IN_FLIGHT = 8;

export interface SecondThread {
  /**
   * Reads and checks these report files on both threads; the answers keep the files' order. The
   * second thread checks only files in `keptLang`, and keeps the bodies of their reports: the body
   * of a report it checked is `HELD_BY_SECOND_THREAD` here (second-thread-protocol.ts).
   * @example await thread.checkReportFiles(listReportFiles("content"), "fa") // [{ path: "content/fa/news/…", lang: "fa", checked: { report: { body: { heldBy: "second-thread" }, … }, problems: [], … } }, …]
   */
  checkReportFiles(files: readonly ListedReportFile[], keptLang: Lang): Promise<CheckedSourceFile[]>;
  /**
   * The bodies the second thread kept, of the report pages with these paths.
   * @example await thread.keptBodies(["/fa/news/itu-secretary-general-baku/"]) // ["وزیر ارتباطات …"]
   */
  keptBodies(paths: readonly string[]): Promise<string[]>;
  /**
   * Starts writing these pages below `siteDir`. The report pages of `searchIndex.lang` go to the
   * second thread, which also writes their search index and puts back the bodies it kept; only
   * those pages may come without their bodies. The main thread must let its event loop
   * run now and then until it calls `helpUntilDone`, so the next batches can be sent.
   * @example const writing = thread.share(pageTable(model), staging, { lang: "fa", baseHref: "/" }); …; await writing.helpUntilDone();
   */
  share(pages: readonly Page[], siteDir: string, searchIndex: SearchIndexTarget): SharedPageWriting;
  /** Ends the thread, whatever it was doing; safe to call more than once. */
  stop(): Promise<void>;
}

/** Pages being written by both threads. */
export interface SharedPageWriting {
  /** Writes batches on the main thread until none is left, then waits for the second thread's last ones. */
  helpUntilDone(): Promise<void>;
}

/**
 * The second thread, in a worker started now unless one was started earlier (second-thread-start.ts);
 * it loads its modules while the main thread lists the content.
 * @example const thread = startSecondThread(); try { … } finally { await thread.stop(); }
 */
export function startSecondThread(worker: Worker = startSecondThreadWorker()): SecondThread {
  const tasks = new TaskChannel(worker);
  let stopped: Promise<void> | undefined;
  return {
    async checkReportFiles(files, keptLang) {
      const checked: (CheckedSourceFile | undefined)[] = Array.from({ length: files.length });
      const numbered = files.map((file, index) => ({ file, index }));
      const ofKeptLang = batchesOf(numbered.filter(({ file }) => file.lang === keptLang), FILES_PER_BATCH);
      const others = batchesOf(numbered.filter(({ file }) => file.lang !== keptLang), FILES_PER_BATCH);
      const queue = new TwoEndedQueue([...ofKeptLang, ...others], { reachOfFirst: ofKeptLang.length });
      const sent = tasks.keepBusy(queue, (batch) => [
        { kind: "check", files: batch.map(({ file }) => file) },
        (answer) =>
          answer.checked?.forEach((message, at) => {
            const item = batch[at];
            if (item !== undefined) checked[item.index] = checkedFileOf(message);
          }),
      ]);
      for (let batch = queue.takeLast(); batch !== undefined && !sent.failed(); batch = queue.takeLast()) {
        for (const { file, index } of batch) checked[index] = checkedHere(file);
        await nextTurn();
      }
      await sent.done();
      return checked as CheckedSourceFile[];
    },
    async keptBodies(paths) {
      let bodies: readonly string[] = [];
      await tasks.keepBusy(new TwoEndedQueue([paths]), () => [{ kind: "bodies", paths }, (answer) => (bodies = answer.bodies ?? [])]).done();
      if (bodies.length !== paths.length) throw new Error(`the build's second thread gave ${bodies.length} bodies for ${paths.length} reports`);
      return [...bodies];
    },
    share(pages, siteDir, searchIndex) {
      // The second thread's own batches stand first in the queue, where only it takes from.
      const indexedHere = (page: Page) => page.kind === "report" && (page as Page<"report">).data.model.meta.lang === searchIndex.lang;
      const own: QueuedPages[] = [...batchesOf(pages.filter(indexedHere), PAGES_PER_BATCH).map((batch): QueuedPages => ({ kind: "pages", pages: batch, indexed: true })), { kind: "search-index" }];
      const shared = batchesOf(
        pages.filter((page) => !indexedHere(page)),
        PAGES_PER_BATCH,
      ).map((batch): QueuedPages => ({ kind: "pages", pages: batch, indexed: false }));
      const queue = new TwoEndedQueue([...own, ...shared], { reservedForFirst: own.length });
      const sent = tasks.keepBusy(queue, (item) => [taskOf(item, siteDir, searchIndex), () => undefined]);
      const environment = createNunjucksEnvironment();
      return {
        async helpUntilDone() {
          for (let item = queue.takeLast(); item !== undefined && !sent.failed(); item = queue.takeLast()) {
            if (item.kind === "pages") writePages(item.pages, siteDir, environment);
            await nextTurn();
          }
          await sent.done();
        },
      };
    },
    stop() {
      stopped ??= worker.terminate().then(() => undefined);
      return stopped;
    },
  };
}

/** A file checked on the main thread. */
function checkedHere(file: ListedReportFile): CheckedSourceFile {
  return { path: file.path, lang: file.lang, checked: checkReportFile(readReportFile(file)) };
}

/** Lets the second thread's answers in, so it is never left waiting for its next batch. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Pages waiting in the queue, and for which thread; each becomes a task when it is sent. */
type QueuedPages = { readonly kind: "pages"; readonly pages: readonly Page[]; readonly indexed: boolean } | { readonly kind: "search-index" };

function taskOf(item: QueuedPages, siteDir: string, searchIndex: SearchIndexTarget): SecondThreadTask {
  switch (item.kind) {
    case "pages":
      return { kind: "pages", siteDir, pages: item.pages, searchIndex: item.indexed ? searchIndex : undefined };
    case "search-index":
      return { kind: "search-index", siteDir, ...searchIndex };
  }
}

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * Batches taken from both ends: the second thread from the front, the main thread from the back.
 * The first `reservedForFirst` are the second thread's alone, and the second thread takes none
 * past the first `reachOfFirst`. A batch taken is let go of here, so its pages can be freed once written.
 */
class TwoEndedQueue<T> {
  private first = 0;
  private end: number;
  private readonly items: (T | undefined)[];
  private readonly reservedForFirst: number;
  private readonly reachOfFirst: number;

  constructor(items: readonly T[], { reservedForFirst = 0, reachOfFirst = items.length }: { reservedForFirst?: number; reachOfFirst?: number } = {}) {
    this.items = [...items];
    this.end = this.items.length;
    this.reservedForFirst = reservedForFirst;
    this.reachOfFirst = reachOfFirst;
  }

  takeFirst(): T | undefined {
    return this.first < this.end && this.first < this.reachOfFirst ? this.take(this.first++) : undefined;
  }

  takeLast(): T | undefined {
    return this.first < this.end && this.end > this.reservedForFirst ? this.take(--this.end) : undefined;
  }

  isEmpty(): boolean {
    return this.first >= this.end;
  }

  /** Whether the next batch taken from the front is one only the second thread takes. */
  nextIsReserved(): boolean {
    return this.first < this.reservedForFirst && this.first < this.end;
  }

  private take(index: number): T | undefined {
    const item = this.items[index];
    this.items[index] = undefined;
    return item;
  }
}

/** Tasks being sent from a queue, a few ahead of the thread. */
interface Sending {
  /** True once a task failed or the thread ended: the main thread then stops its own share. */
  failed(): boolean;
  /** Settles when the queue is empty and every task sent was answered; rejects with the first failure. */
  done(): Promise<void>;
}

type Answered = Extract<SecondThreadAnswer, { ok: true }>;

function endedEarly(code: number): Error {
  return new Error(`the build's second thread ended early (exit code ${code})`);
}

/**
 * Sends the thread tasks made from the front of a queue, `BATCHES_IN_FLIGHT` at a time (more while
 * they are reserved for it), until the queue is empty; each answer goes to the handler its task came
 * with (the thread answers in order).
 * Nothing is sent before the thread has loaded its modules: a batch it took at once would wait for
 * them, and with a small site the main thread would be left waiting for the only batch there is.
 */
class TaskChannel {
  #ready = false;
  readonly #whenReady = new Set<() => void>();
  /** Why the thread failed, should it fail while no task is being sent (while loading its modules). */
  #failure: Error | undefined;

  constructor(private readonly worker: Worker) {
    worker.on("message", (message: SecondThreadAnswer | typeof SECOND_THREAD_READY) => {
      if (message !== SECOND_THREAD_READY) return;
      this.#ready = true;
      for (const start of this.#whenReady) start();
      this.#whenReady.clear();
    });
    worker.on("error", (error: Error) => (this.#failure ??= error));
    worker.on("exit", (code: number) => (this.#failure ??= endedEarly(code)));
  }

  keepBusy<T>(queue: TwoEndedQueue<T>, taskOf: (item: T) => readonly [SecondThreadTask, (answer: Answered) => void]): Sending {
    const worker = this.worker;
    const handlers: ((answer: Answered) => void)[] = [];
    let failure = this.#failure;
    let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
    const finishIfDone = () => {
      if (failure !== undefined) settle?.reject(failure);
      else if (handlers.length === 0 && queue.isEmpty()) settle?.resolve();
    };
    const sendAhead = () => {
      while (handlers.length < (queue.nextIsReserved() ? RESERVED_BATCHES_IN_FLIGHT : BATCHES_IN_FLIGHT)) {
        const item = queue.takeFirst();
        if (item === undefined) return;
        const [task, onAnswer] = taskOf(item);
        worker.postMessage(task);
        handlers.push(onAnswer);
      }
    };
    const onMessage = (answer: SecondThreadAnswer | typeof SECOND_THREAD_READY) => {
      if (answer === SECOND_THREAD_READY) return;
      const handler = handlers.shift();
      if (!answer.ok) failure ??= Object.assign(new Error(answer.message), { stack: answer.stack, code: answer.code, path: answer.path });
      else {
        handler?.(answer);
        sendAhead();
      }
      finishIfDone();
    };
    const onError = (error: Error) => {
      failure ??= error;
      finishIfDone();
    };
    const onExit = (code: number) => onError(endedEarly(code));
    const start = sendAhead;
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    if (this.#ready) start();
    else this.#whenReady.add(start);
    return {
      failed: () => failure !== undefined,
      done: async () => {
        try {
          await new Promise<void>((resolve, reject) => {
            settle = { resolve, reject };
            finishIfDone();
          });
        } finally {
          this.#whenReady.delete(start);
          worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        }
      },
    };
  }
}
