import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { usePopulationText } from '../../app/population';
import { TableScroll } from '../../app/table-scroll';
import type { ClusterAuthorityData, ClusterData } from './cluster-types';
import { groupAuthoritiesByKind } from './group-authorities';
import { SourceName } from './source-label';

/** The member authorities, one table per kind, each row with the sources that list it. */
export function ClusterAuthorities({ cluster }: { cluster: ClusterData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const populationText = usePopulationText();
  const sourcesById = new Map(cluster.membershipSources.map((entry) => [entry.source.id, entry.source]));
  const groups = groupAuthoritiesByKind(
    cluster.authorities,
    (entry) => entry.authority.kind,
    (entry) => localize(entry.authority.name),
    language,
  );

  const listedBy = (entry: ClusterAuthorityData) => {
    if (entry.isListedByAllSources) return t('cluster.authorities.allSources');
    return (
      <>
        {t('cluster.authorities.onlyIn')}{' '}
        {entry.sources.map((membership, index) => {
          const source = sourcesById.get(membership.source.id);
          return (
            <span key={membership.source.id}>
              {index > 0 && t('common.separator')}
              {source ? <SourceName source={source} /> : null}
            </span>
          );
        })}
      </>
    );
  };

  return groups.map((group) => {
    const captionId = `kind-${group.kind}`;
    return (
      <TableScroll key={group.kind} labelledBy={captionId}>
        <Table striped withTableBorder>
          <Table.Caption id={captionId}>
            <Title order={3} size="h4">
              {t('cluster.authorities.groupCaption', {
                group: t(`kindGroup.${group.kind}`),
                count: group.items.length,
              })}
            </Title>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cluster.authorities.name')}</Table.Th>
              <Table.Th scope="col">{t('cluster.authorities.district')}</Table.Th>
              <Table.Th scope="col">{t('cluster.authorities.population')}</Table.Th>
              <Table.Th scope="col">{t('cluster.authorities.listedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.items.map((entry) => {
              const { authority } = entry;
              const joined = entry.sources.find((membership) => membership.joinedOn)?.joinedOn;
              return (
                <Table.Tr key={authority.id}>
                  <Table.Th scope="row" fw={400}>
                    <Name value={authority.name} />
                    {joined && (
                      <> ({t('cluster.authorities.joinedOn', { date: formatPartialDate(joined, language) })})</>
                    )}
                  </Table.Th>
                  <Table.Td>
                    {authority.district ? <Name value={authority.district.name} /> : t('common.notStated')}
                  </Table.Td>
                  <Table.Td>{populationText(authority.population, authority.populationYear)}</Table.Td>
                  <Table.Td>{listedBy(entry)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    );
  });
}
