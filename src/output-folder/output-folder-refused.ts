/**
 * The error of a build that may not write to its output folder (output-folder-check.ts): an
 * expected failure, printed as its one line, never with a stack trace.
 */
export class OutputFolderRefused extends Error {
  override readonly name = "OutputFolderRefused";
}
