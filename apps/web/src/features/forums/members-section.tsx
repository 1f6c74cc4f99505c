import { useState } from 'react';
import { Button, Checkbox, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../app/form-status';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import { localDate } from './forum-data';
import type { ForumData, MemberData } from './forum-types';
import { SitsFor } from './member-label';
import { AppointDialog, ConsentDialog, EndDialog, RenewDialog } from './member-forms';
import { SectorName } from './sector-label';
import classes from './forums.module.css';

type Action = { kind: 'renew' | 'end' | 'consent'; member: MemberData };

/**
 * Who sits in the forum, with their terms; a term that ends within 90 days (or ran out) is marked
 * in words and by the row (rule 3). Its managers appoint, renew, end and record consent here.
 */
export function MembersSection({
  forum,
  members,
  canManage,
}: {
  forum: ForumData;
  members: readonly MemberData[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const [showEnded, setShowEnded] = useState(false);
  const [appointing, setAppointing] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const active = members.filter((member) => member.status === 'ACTIVE');
  const shown = showEnded ? members : active;
  const endingSoon = active.filter((member) => member.termEndsSoon);
  const date = (value: unknown) => {
    const day = localDate(value);
    return day ? formatPartialDate(day, language) : null;
  };
  const done = (message: string) => {
    setAction(null);
    setAppointing(false);
    setStatus(message);
  };

  return (
    <section aria-labelledby="forum-members" className={classes.section}>
      <Title order={3} id="forum-members" mb="xs">
        {t('forums.members.title')}
      </Title>
      <Text mb="sm">
        {t('forums.members.summary', { count: active.length, lng: language })}{' '}
        {endingSoon.length > 0 && (
          <strong>{t('forums.members.endingSoonSummary', { count: endingSoon.length, lng: language })}</strong>
        )}
      </Text>
      <FormSuccess>{status}</FormSuccess>
      <Group mb="sm" gap="lg">
        {canManage && (
          <Button
            onClick={() => {
              setStatus(null);
              setAppointing(true);
            }}
          >
            {t('forums.members.appoint')}
          </Button>
        )}
        <Checkbox
          label={t('forums.members.showEnded')}
          checked={showEnded}
          onChange={(event) => setShowEnded(event.currentTarget.checked)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text>{t('forums.members.none')}</Text>
      ) : (
        <TableScroll labelledBy="forum-members-caption">
          <Table withTableBorder>
            <Table.Caption id="forum-members-caption">{t('forums.members.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forums.members.name')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.sitsFor')}</Table.Th>
                <Table.Th scope="col">{t('forums.sector')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.role')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.term')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.public')}</Table.Th>
                {canManage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((member) => {
                const name = localize(member.name);
                const ended = member.status === 'ENDED';
                const soon = !ended && member.termEndsSoon === true;
                return (
                  <Table.Tr key={member.id} className={soon ? classes.soon : undefined}>
                    <Table.Th scope="row" fw={400}>
                      <Name value={member.name} />
                    </Table.Th>
                    <Table.Td>
                      <SitsFor member={member} />
                    </Table.Td>
                    <Table.Td>{member.sector ? <SectorName code={member.sector} /> : t('common.notStated')}</Table.Td>
                    <Table.Td>{t(`forums.role.${member.role}`)}</Table.Td>
                    <Table.Td>
                      {t('forums.members.termRange', {
                        start: date(member.termStart) ?? t('common.notStated'),
                        end: date(member.termEnd) ?? t('forums.members.openEnded'),
                      })}
                      {soon && <span className={classes.flag}>{t('forums.members.endsSoon')}</span>}
                      {ended && (
                        <div>
                          {t('forums.members.endedOn', {
                            date: date(member.endedOn) ?? '',
                            reason: member.endReason ? t(`forums.endReason.${member.endReason}`) : '',
                          })}
                        </div>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {member.shownPublicly
                        ? date(member.publicConsentOn)
                          ? t('forums.members.shownSince', { date: date(member.publicConsentOn) })
                          : t('forums.members.shownBySource')
                        : t('forums.members.notShown')}
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {!ended && (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="outline"
                              aria-label={t('forums.members.renewNamed', { name: name })}
                              onClick={() => {
                                setStatus(null);
                                setAction({ kind: 'renew', member });
                              }}
                            >
                              {t('forums.members.renew')}
                            </Button>
                            <Button
                              size="xs"
                              variant="outline"
                              aria-label={t('forums.members.consentNamed', { name: name })}
                              onClick={() => {
                                setStatus(null);
                                setAction({ kind: 'consent', member });
                              }}
                            >
                              {t('forums.members.consent')}
                            </Button>
                            <Button
                              size="xs"
                              variant="outline"
                              color="red.9"
                              aria-label={t('forums.members.endNamed', { name: name })}
                              onClick={() => {
                                setStatus(null);
                                setAction({ kind: 'end', member });
                              }}
                            >
                              {t('forums.members.end')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {canManage && (
        <>
          <AppointDialog
            opened={appointing}
            forum={forum}
            members={members}
            onClose={() => setAppointing(false)}
            onDone={(name) => done(t('forums.members.appointed', { name }))}
          />
          <RenewDialog
            member={action?.kind === 'renew' ? action.member : null}
            termYears={forum.termYears}
            onClose={() => setAction(null)}
            onDone={(name) => done(t('forums.members.renewed', { name }))}
          />
          <EndDialog
            member={action?.kind === 'end' ? action.member : null}
            onClose={() => setAction(null)}
            onDone={(name) => done(t('forums.members.ended', { name }))}
          />
          <ConsentDialog
            member={action?.kind === 'consent' ? action.member : null}
            onClose={() => setAction(null)}
            onDone={(name) => done(t('forums.members.consentRecorded', { name }))}
          />
        </>
      )}
    </section>
  );
}
