import { Anchor, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import { SourceCount } from '../clusters/source-label';
import type { HomeCluster } from './home-types';
import classes from './home-page.module.css';

/** Every cluster with its stage, form, district and the number of authorities each source lists. */
export function ClustersTable({ clusters }: { clusters: HomeCluster[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="all-clusters" className={classes.section}>
      <Title order={2} id="all-clusters" mb="md">
        {t('home.clusters.title')}
      </Title>
      <TableScroll labelledBy="all-clusters-caption">
        <Table striped withTableBorder>
          <Table.Caption id="all-clusters-caption">
            {t('home.clusters.caption', { count: clusters.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('home.clusters.name')}</Table.Th>
              <Table.Th scope="col">{t('home.clusters.stage')}</Table.Th>
              <Table.Th scope="col">{t('home.clusters.legalForm')}</Table.Th>
              <Table.Th scope="col">{t('home.clusters.district')}</Table.Th>
              <Table.Th scope="col">{t('home.clusters.authorities')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clusters.map((cluster) => (
              <Table.Tr key={cluster.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/${language}/clusters/${cluster.slug}`}>
                    <Name value={cluster.name} />
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`stage.${cluster.stage ?? 'UNKNOWN'}`)}</Table.Td>
                <Table.Td>{t(`legalForm.${cluster.legalForm ?? 'NONE'}`)}</Table.Td>
                <Table.Td>
                  {cluster.district ? <Name value={cluster.district.name} /> : t('home.byDistrict.noDistrict')}
                </Table.Td>
                <Table.Td>
                  {cluster.membershipSources.length === 0 && cluster.declaredMemberCount === null ? (
                    t('common.notStated')
                  ) : (
                    <ul className={classes.cellList}>
                      {cluster.membershipSources.map((entry) => (
                        <li key={entry.source.id}>
                          <SourceCount source={entry.source} count={entry.authorityCount} />
                        </li>
                      ))}
                      {cluster.declaredMemberCount !== null && (
                        <li>{t('home.clusters.declared', { count: cluster.declaredMemberCount })}</li>
                      )}
                    </ul>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
