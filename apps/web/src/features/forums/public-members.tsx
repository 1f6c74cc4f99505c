import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Name } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import type { PublicMember } from './forum-types';
import { SitsFor } from './member-label';
import { SectorName } from './sector-label';
import classes from './forums.module.css';

type Shown = Pick<PublicMember, 'id' | 'name' | 'role' | 'sector' | 'isIndividual' | 'organisation' | 'localAuthority'>;

/**
 * The members who chose to appear on the public page (or whom a public source names), with only
 * what a public page shows: name, whom they sit for, sector and role (docs/forums.md).
 */
export function PublicMembers({ members, order = 2 }: { members: readonly Shown[]; order?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="forum-public-members" className={classes.section}>
      <Title order={order} id="forum-public-members" mb="xs">
        {t('forums.publicMembers.title')}
      </Title>
      <Text mb="sm">{t('forums.publicMembers.intro')}</Text>
      {members.length === 0 ? (
        <Text>{t('forums.publicMembers.none')}</Text>
      ) : (
        <TableScroll labelledBy="forum-public-members-caption">
          <Table striped withTableBorder>
            <Table.Caption id="forum-public-members-caption">{t('forums.publicMembers.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forums.members.name')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.sitsFor')}</Table.Th>
                <Table.Th scope="col">{t('forums.sector')}</Table.Th>
                <Table.Th scope="col">{t('forums.members.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" fw={400}>
                    <Name value={member.name} />
                  </Table.Th>
                  <Table.Td>
                    <SitsFor member={member} />
                  </Table.Td>
                  <Table.Td>{member.sector ? <SectorName code={member.sector} /> : t('common.notStated')}</Table.Td>
                  <Table.Td>{t(`forums.role.${member.role}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
