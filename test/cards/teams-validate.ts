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
  return events
    .map((e) => `${AC.ValidationEvent[e.event]}: ${e.message}`)
    .filter((problem) => !(hasPeoplePicker(json) && PEOPLE_PICKER.includes(problem)));
}

/**
 * Teams' people picker (`choices.data` of type `Data.Query` on an Input.ChoiceSet with no
 * static choice) is a Teams extension documented for cards of any version; the renderer only
 * knows it from Adaptive Cards 1.6 on. These two events, and only on a card with a picker, are
 * not problems in Teams.
 */
const PEOPLE_PICKER = [
  'UnsupportedProperty: Property "choices.data" is supported in version 1.6, but you are using version 1.5.',
  'CollectionCantBeEmpty: An Input.ChoiceSet must have at least one choice defined.',
];

function hasPeoplePicker(json: unknown): boolean {
  return JSON.stringify(json).includes(
    '"choices.data":{"type":"Data.Query","dataset":"graph.microsoft.com/users"}',
  );
}
