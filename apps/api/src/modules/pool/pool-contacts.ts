import { canSeeContact } from '@roundtable/shared/pool';
import type { Context } from '../../context.js';
import type { ContactDetail } from './contact-detail.entity.js';

/** What deciding whether a viewer sees a person's contact details needs from the request. */
export type ContactReader = Pick<Context, 'viewer' | 'audit'> & {
  loaders: Pick<Context['loaders'], 'contactsByPersonId'>;
  services: { pool: Pick<Context['services']['pool'], 'myPersonId' | 'knownPersonId'> };
};

/**
 * The one place that decides which of a person's contact details a viewer gets (rule 5): those the
 * person shows to EVERYONE, to SIGNED_IN accounts when the viewer is signed in, all of them to the
 * person. Each read by someone else is logged (PERSONAL_DATA_READ, one INSERT per request), before
 * the details are returned. `Stakeholder.contacts` and the CSV export both ask here.
 *
 * `contacts`, when the caller has them already (all the person's details, as a search reads them
 * for its cards), spares the loader; with the viewer's person known too, a card that shows nothing
 * answers without a promise (a search's busiest field).
 */
export function visibleContacts(
  personId: string,
  reader: ContactReader,
  contacts?: readonly ContactDetail[],
): ContactDetail[] | Promise<ContactDetail[]> {
  const myPersonId = reader.services.pool.knownPersonId();
  if (contacts && myPersonId !== undefined) return show(personId, contacts, myPersonId === personId, reader);
  return (async () => {
    const isOwner = (await reader.services.pool.myPersonId()) === personId;
    return show(personId, contacts ?? (await reader.loaders.contactsByPersonId.load(personId)), isOwner, reader);
  })();
}

function show(
  personId: string,
  contacts: readonly ContactDetail[],
  isOwner: boolean,
  { viewer, audit }: ContactReader,
): ContactDetail[] | Promise<ContactDetail[]> {
  const visible = contacts.filter((contact) =>
    canSeeContact(contact.visibility, { isOwner, isSignedIn: viewer.isSignedIn }),
  );
  if (visible.length === 0 || isOwner) return visible;
  // Logged before they are returned: a failed INSERT fails the field, and nothing is shown.
  return audit.contactDetailsRead(personId).then(() => visible);
}
