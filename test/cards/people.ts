import { HOSTILE_NAME } from './hostile.js';

/** Someone a card is shown to, or about. */
export interface Person {
  readonly aadObjectId: string;
  readonly name: string;
}

const roster = (n: string, name: string): Person => ({
  aadObjectId: `00000000-0000-4000-8000-000000000${n}`,
  name,
});
const employee = (n: string, name: string): Person => ({
  aadObjectId: `e0000000-0000-4000-8000-000000000${n}`,
  name,
});

/** Employees (not in the roster) and people of the sample roster the fixtures use. */
export const PEOPLE = {
  nadia: employee('001', 'Nadia Okafor'),
  emilie: employee('003', 'Émilie Côté-Saint-Pierre'),
  owen: employee('004', 'Owen Blackfeather'),
  karim: employee('005', 'Karim Haddad'),
  marcAntoine: employee('006', 'Marc-Antoine LeBlanc'),
  hostile: employee('0ba', HOSTILE_NAME),
  ncrCoordinator: roster('101', 'Sophie Lavoie'),
  quebecCoordinator: roster('103', 'Marie Tremblay'),
  atlanticCoordinator: roster('105', 'Siobhan MacDonald'),
  administrator: roster('001', 'Claire Fortin'),
  /** An administrator the bot has never talked to: their language is unknown. */
  silentAdministrator: roster('002', 'Robert Singh'),
  /** Union facilitator of the English NCR session. */
  aisha: roster('201', 'Aisha Mohamed'),
  /** A facilitator with no session. */
  tom: roster('211', 'Tom Nguyen'),
} as const;
