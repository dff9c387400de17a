import type { Catalogue, Topic } from './catalogue-schema.js';

/** Where the current topics come from (the store's catalogue). */
export interface TopicSource {
  all(): Promise<{ topic: Topic }[]>;
}

/**
 * The catalogue as it stands: the file's series and program names with the store's topics.
 * Reads are synchronous (a card turn reads it many times); `refresh` replaces it after an
 * administrator's edit here, and on a timer for edits made by another instance.
 */
export class LiveCatalogue {
  private value: Catalogue;

  constructor(private readonly file: Catalogue) {
    this.value = file;
  }

  /** The catalogue now. */
  get current(): Catalogue {
    return this.value;
  }

  /** Reloads the topics; keeps the current ones when the store has none (not yet seeded). */
  async refresh(source: TopicSource): Promise<void> {
    const topics = (await source.all()).map((row) => row.topic);
    if (topics.length > 0) this.value = { ...this.file, topics };
  }
}
