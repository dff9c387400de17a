import type { MeetingProvider } from './calendar/meeting-provider.js';
import type { CardRenderer, AdaptiveCard } from './cards/render.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Catalogue } from './data/catalogue-schema.js';
import type { Language } from './i18n/i18n.js';
import type { Dispatcher } from './jobs/dispatcher.js';
import type { JobRunner } from './jobs/job-runner.js';
import type { Logger } from './logger.js';
import type { Store } from './store/store.js';
import type { Turn } from './teams/turn.js';
import type { Views } from './views.js';

/** What every flow is given: no flow reaches for a global. */
export interface Deps {
  readonly config: Config;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly cards: CardRenderer;
  /** The topic catalogue as it stands now (administrators edit it from Teams). */
  readonly catalogue: Catalogue;
  /** Reloads the catalogue from the store, after an edit. */
  refreshCatalogue(): Promise<void>;
  readonly views: Views;
  readonly dispatcher: Dispatcher;
  readonly jobs: JobRunner;
  /** Creates Teams meetings through Microsoft Graph, when Graph is configured. */
  readonly meetingProvider: MeetingProvider | undefined;
  /** Posts a card into a stored conversation (a linked meeting chat), paced like every send. */
  postToConversation(conversationReference: unknown, card: AdaptiveCard): Promise<void>;
  /** The language to answer this turn's sender in. */
  languageOf(turn: Turn): Promise<Language>;
  /** Renders a simple titled message card in a language. */
  messageCard(
    language: Language,
    title: string,
    text: string,
    tone?: 'default' | 'attention' | 'good',
  ): AdaptiveCard;
}
