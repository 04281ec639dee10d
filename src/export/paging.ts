// Keyset paging: walks a source page by page so an export never holds more than one page.

/** Reads one page of rows after the given cursor (null for the first page). */
export type PageReader<T> = (after: string | null, limit: number) => Promise<T[]>;

export const DEFAULTS = Object.freeze({ pageSize: 1000 });

/** Yields every row of the source in order; `cursorOf` gives the key the next page starts after. */
export async function* pageThrough<T>(read: PageReader<T>, cursorOf: (row: T) => string, pageSize: number = DEFAULTS.pageSize): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const page = await read(after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = cursorOf(page[page.length - 1]);
  }
}
