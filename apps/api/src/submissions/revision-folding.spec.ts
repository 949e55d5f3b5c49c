import { REVISION_FOLD_MS, foldsInto } from './revision-folding.js';

const at = (ms: number) => new Date(Date.UTC(2026, 4, 20, 10) + ms);
const draft = { status: 'draft' };
const submitted = { status: 'submitted' };

describe('revision folding', () => {
  it('folds a draft save by the same person within the window', () => {
    expect(
      foldsInto(
        { authorId: 'a', snapshot: draft, createdAt: at(0) },
        { authorId: 'a', snapshot: draft, createdAt: at(REVISION_FOLD_MS) },
      ),
    ).toBe(true);
  });

  it('keeps a save one millisecond past the window as its own revision', () => {
    expect(
      foldsInto(
        { authorId: 'a', snapshot: draft, createdAt: at(0) },
        { authorId: 'a', snapshot: draft, createdAt: at(REVISION_FOLD_MS + 1) },
      ),
    ).toBe(false);
  });

  it('keeps saves by another person apart', () => {
    expect(
      foldsInto(
        { authorId: 'a', snapshot: draft, createdAt: at(0) },
        { authorId: 'b', snapshot: draft, createdAt: at(1) },
      ),
    ).toBe(false);
  });

  it('never folds into or away a submitted version', () => {
    expect(
      foldsInto(
        { authorId: 'a', snapshot: submitted, createdAt: at(0) },
        { authorId: 'a', snapshot: draft, createdAt: at(1) },
      ),
    ).toBe(false);
    expect(
      foldsInto(
        { authorId: 'a', snapshot: draft, createdAt: at(0) },
        { authorId: 'a', snapshot: submitted, createdAt: at(1) },
      ),
    ).toBe(false);
  });

  it('keeps a revision whose author was erased', () => {
    expect(
      foldsInto(
        { authorId: null, snapshot: draft, createdAt: at(0) },
        { authorId: 'a', snapshot: draft, createdAt: at(1) },
      ),
    ).toBe(false);
  });
});
