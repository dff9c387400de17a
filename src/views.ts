import type { AdaptiveCard } from './cards/render.js';
import type { Language } from './i18n/i18n.js';
import type { Turn } from './teams/turn.js';

/** Re-renders a card by name, so the language switch works on any card without knowing it. */
export type View = (
  turn: Turn,
  language: Language,
  data: Record<string, unknown>,
) => Promise<AdaptiveCard>;

/** The named views flows register. */
export class Views {
  private readonly views = new Map<string, View>();

  /** Registers a view; a name is registered once. */
  register(name: string, view: View): void {
    if (this.views.has(name)) throw new Error(`View "${name}" is registered twice`);
    this.views.set(name, view);
  }

  /** The view of that name, if any. */
  get(name: string): View | undefined {
    return this.views.get(name);
  }
}
