import { describe, expect, it } from 'vitest';
import { envelopeProblems } from '../../src/teams/envelope.js';
import { message, USERS } from '../helpers/activities.js';

describe('the activity envelope', () => {
  it.each(['https://smba.trafficmanager.net/amer/', 'http://127.0.0.1:3978/'])(
    'takes a web serviceUrl (%s)',
    (serviceUrl) => {
      expect(envelopeProblems(message(USERS.employee, 'help', { serviceUrl }))).toEqual([]);
    },
  );

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.test/', 'not a url'])(
    'refuses a serviceUrl the bot would send replies to that is not a web address: %s',
    (serviceUrl) => {
      const problems = envelopeProblems(message(USERS.employee, 'help', { serviceUrl }));
      expect(problems).toEqual([expect.stringContaining('serviceUrl')]);
    },
  );
});
