import { canSeeContact } from '@roundtable/shared/pool';
import type { Context } from '../../context.js';
import type { ContactDetail } from './contact-detail.entity.js';

/** What deciding whether a viewer sees a person's contact details needs from the request. */
export type ContactReader = Pick<Context, 'viewer' | 'audit'> & {
  loaders: Pick<Context['loaders'], 'contactsByPersonId'>;
  services: { pool: Pick<Context['services']['pool'], 'myPersonId'> };
};

/**
 * The one place that decides which of a person's contact details a viewer gets (rule 5): those the
 * person shows to EVERYONE, to SIGNED_IN accounts when the viewer is signed in, all of them to the
 * person. Each read by someone else is logged (PERSONAL_DATA_READ, one INSERT per request), before
 * the details are returned. `Stakeholder.contacts` and the CSV export both ask here.
 */
export async function visibleContacts(
  personId: string,
  { viewer, audit, loaders, services }: ContactReader,
): Promise<ContactDetail[]> {
  const isOwner = (await services.pool.myPersonId()) === personId;
  const visible = (await loaders.contactsByPersonId.load(personId)).filter((contact) =>
    canSeeContact(contact.visibility, { isOwner, isSignedIn: viewer.isSignedIn }),
  );
  if (visible.length > 0 && !isOwner) await audit.contactDetailsRead(personId);
  return visible;
}
