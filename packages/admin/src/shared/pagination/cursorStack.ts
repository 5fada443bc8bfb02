/**
 * Relay connections only page forwards (`first`/`after`), so going back means asking again with
 * the cursor we came from. The stack holds the `after` cursor of every page after the first;
 * it is immutable so a Vue ref can hold it as a plain value.
 */
export type CursorStack = readonly string[];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const emptyCursorStack: CursorStack = [];

/** The `after` argument for the current page; null on the first page. */
export function currentCursor(stack: CursorStack): string | null {
  return stack.length > 0 ? stack[stack.length - 1] : null;
}

/** 1-based number of the current page. */
export function pageNumber(stack: CursorStack): number {
  return stack.length + 1;
}

export function hasPreviousPage(stack: CursorStack): boolean {
  return stack.length > 0;
}

/** Moves to the page after the one that ended at `endCursor`. */
export function pushCursor(stack: CursorStack, endCursor: string): CursorStack {
  return [...stack, endCursor];
}

/** Moves back one page; the first page stays the first page. */
export function popCursor(stack: CursorStack): CursorStack {
  return stack.slice(0, -1);
}
