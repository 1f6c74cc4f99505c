import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { usePopulationText } from '../../app/population';
import { TableScroll } from '../../app/table-scroll';
import type { AuthoritiesQuery } from '../../gql/graphql';
import classes from './authorities-page.module.css';

type Authority = AuthoritiesQuery['localAuthorities']['edges'][number]['node'];

export function AuthoritiesTable({ authorities, caption }: { authorities: Authority[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const populationText = usePopulationText();
  return (
    <TableScroll labelledBy="authorities-caption">
      <Table striped withTableBorder>
        <Table.Caption id="authorities-caption">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('authorities.name')}</Table.Th>
            <Table.Th scope="col">{t('authorities.kind')}</Table.Th>
            <Table.Th scope="col">{t('authorities.district')}</Table.Th>
            <Table.Th scope="col">{t('authorities.population')}</Table.Th>
            <Table.Th scope="col">{t('authorities.clusters')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {authorities.map((authority) => (
            <Table.Tr key={authority.id}>
              <Table.Th scope="row" fw={400}>
                <Name value={authority.name} />
                {authority.alternativeNames.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('authorities.alsoSpelled')}{' '}
                    {authority.alternativeNames.map((name, index) => (
                      <span key={name}>
                        {index > 0 && t('common.separator')}
                        <bdi dir="auto">{name}</bdi>
                      </span>
                    ))}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{t(`kind.${authority.kind ?? 'UNKNOWN'}`)}</Table.Td>
              <Table.Td>
                {authority.district ? <Name value={authority.district.name} /> : t('common.notStated')}
              </Table.Td>
              <Table.Td>{populationText(authority.population, authority.populationYear)}</Table.Td>
              <Table.Td>
                {authority.clusters.length === 0 ? (
                  t('home.map.noCluster')
                ) : (
                  <ul className={classes.cellList}>
                    {authority.clusters.map(({ cluster }) => (
                      <li key={cluster.id}>
                        <Anchor component={Link} to={`/${language}/clusters/${cluster.slug}`}>
                          <Name value={cluster.name} />
                        </Anchor>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
