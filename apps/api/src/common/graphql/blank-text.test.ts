import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { SubmitApplicationInput, UpdateApplicationInput } from '../../modules/calls/calls.inputs.js';
import { ScheduleMeetingInput, UpdateMeetingInput } from '../../modules/forums/meeting.inputs.js';
import { CreateApiTokenInput, InviteAccountInput } from '../../modules/identity/identity.inputs.js';
import { CreateProfileInput, PositionInput } from '../../modules/pool/pool.inputs.js';

/** The messages class-validator gives for one property of an input holding `value`. */
async function messagesFor(Input: new () => object, property: string, value: unknown): Promise<string[]> {
  const errors = await validate(Object.assign(new Input(), { [property]: value }));
  return errors
    .filter((error) => error.property === property)
    .flatMap((error) => Object.values(error.constraints ?? {}));
}

// A person reads each of these as a name or a text: spaces alone would show as nothing.
const TEXTS: [string, new () => object, string, string][] = [
  ['an API token’s name', CreateApiTokenInput, 'name', 'name'],
  ['an invited account’s display name', InviteAccountInput, 'displayName', 'displayName'],
  ['a new meeting’s title', ScheduleMeetingInput, 'title', 'title'],
  ['a meeting’s new title', UpdateMeetingInput, 'title', 'title'],
  ['an application’s nominee', SubmitApplicationInput, 'nomineeName', 'nomineeName'],
  ['an application’s regional ties', SubmitApplicationInput, 'regionalTies', 'regionalTies'],
  ['an application’s motivation', SubmitApplicationInput, 'motivation', 'motivation'],
  ['an application’s new nominee', UpdateApplicationInput, 'nomineeName', 'nomineeName'],
  ['an application’s new regional ties', UpdateApplicationInput, 'regionalTies', 'regionalTies'],
  ['an application’s new motivation', UpdateApplicationInput, 'motivation', 'motivation'],
  ['a position’s title', PositionInput, 'title', 'a position title'],
];

describe('texts a person reads', () => {
  it.each(TEXTS)('refuse spaces alone: %s', async (_, Input, property, label) => {
    const refusal = `${label} must hold some text, not only spaces`;
    expect(await messagesFor(Input, property, '   ')).toContain(refusal);
    expect(await messagesFor(Input, property, '\u00a0\t')).toContain(refusal);
    expect(await messagesFor(Input, property, ' שם ')).toEqual([]);
  });

  it('refuse an interest or an expertise of spaces alone, each of them', async () => {
    expect(await messagesFor(CreateProfileInput, 'interests', ['חינוך', '  '])).toContain(
      'each of interests must hold some text, not only spaces',
    );
    expect(await messagesFor(CreateProfileInput, 'expertise', [' '])).toContain(
      'each of expertise must hold some text, not only spaces',
    );
    expect(await messagesFor(CreateProfileInput, 'interests', ['חינוך', 'education'])).toEqual([]);
  });
});
