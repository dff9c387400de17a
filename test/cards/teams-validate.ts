import * as AC from 'adaptivecards';
import { TEAMS_LIGHT_HOST_CONFIG } from './teams-host-config.js';

/**
 * Parses a card with Microsoft's own renderer (the `adaptivecards` package) under Teams'
 * host config, and lists every event it logs: parse problems (unknown element or action,
 * invalid property value, unsupported version) and validation problems (duplicate id, a
 * required input without label or error message, more actions than Teams shows). Parsing
 * needs no DOM; only rendering does.
 */
export function teamsProblems(json: unknown): string[] {
  // adaptivecards 3.0.6 checks `lang` with a global (/g) regular expression and `exec`, which
  // keeps `lastIndex` between cards: every second valid "en" or "fr" would be called invalid.
  const lang = AC.CardElement.langProperty.regEx;
  if (lang) lang.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(TEAMS_LIGHT_HOST_CONFIG);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i += 1) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events.map((e) => `${AC.ValidationEvent[e.event]}: ${e.message}`);
}
