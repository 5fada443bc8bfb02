import { describe, expect, it } from 'vitest';
import { currentCursor, emptyCursorStack, hasPreviousPage, pageNumber, popCursor, pushCursor } from '../cursorStack';

describe('cursor stack', () => {
  it('starts on page 1 with no cursor and nothing before it', () => {
    expect(currentCursor(emptyCursorStack)).toBeNull();
    expect(pageNumber(emptyCursorStack)).toBe(1);
    expect(hasPreviousPage(emptyCursorStack)).toBe(false);
  });

  it('asks for the page after the end cursor of the page before', () => {
    const page2 = pushCursor(emptyCursorStack, 'c10');
    const page3 = pushCursor(page2, 'c20');
    expect(currentCursor(page3)).toBe('c20');
    expect(pageNumber(page3)).toBe(3);
  });

  it('goes back to exactly the cursor it came from', () => {
    const page3 = pushCursor(pushCursor(emptyCursorStack, 'c10'), 'c20');
    const back = popCursor(page3);
    expect(currentCursor(back)).toBe('c10');
    expect(currentCursor(popCursor(back))).toBeNull();
  });

  it('stays on page 1 when asked to go back from it', () => {
    expect(popCursor(emptyCursorStack)).toEqual([]);
    expect(pageNumber(popCursor(emptyCursorStack))).toBe(1);
  });

  it('never changes the stack it was given', () => {
    const page2 = pushCursor(emptyCursorStack, 'c10');
    pushCursor(page2, 'c20');
    popCursor(page2);
    expect(page2).toEqual(['c10']);
    expect(emptyCursorStack).toEqual([]);
  });
});
